import { v7 as uuidv7 } from 'uuid';
import type { PinHash } from '#shared/auth/pin';
import { hashPin } from '../security/pin-hash';
import { DoorstepDb } from '../db/db';
import type { CommandEnv } from '../db/commands/command';
import { setupStation } from '../db/commands/setup-station';

let counter = 0;

/** A fresh database and a controllable clock for one test. */
export function testEnv(start = Date.UTC(2026, 10, 25, 9)): CommandEnv & { clock: { now: number } } {
  counter += 1;
  const clock = { now: start };
  return { db: new DoorstepDb(`test-${counter}-${Math.random()}`), now: () => clock.now, newId: () => uuidv7(), clock };
}

let cachedPin: Promise<PinHash> | null = null;
/** PBKDF2 at 600,000 iterations is slow on purpose; tests share one hash of '123456'. */
export const pin123456 = (): Promise<PinHash> => (cachedPin ??= hashPin('123456'));

export async function setUp(env: CommandEnv, station: { name?: string; areaCode?: string; deviceId?: string } = {}) {
  const result = await setupStation(env, {
    stationName: station.name ?? '幸福村就业服务站',
    areaCode: station.areaCode ?? '522626101203',
    adminName: '王芳',
    adminRole: 'staff',
    pin: await pin123456(),
    deviceId: station.deviceId ?? 'dev1',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
