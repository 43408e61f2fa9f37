import type { Role } from '#shared/auth/roles';
import { nameSchema } from '#shared/entities/base';
import { areaCodeSchema } from '#shared/entities/station';
import type { PinHash } from '#shared/auth/pin';
import { IDLE_LOCK } from '#shared/entities/idle-lock';
import { asErrorCode, type ErrorCode } from '#shared/errors/codes';
import type { Result } from '#shared/result';
import { META } from '../meta-keys';
import { fail, runCommand, writeRecord, type CommandEnv } from './command';

export interface SetupInput {
  readonly stationName: string;
  readonly areaCode: string;
  readonly adminName: string;
  readonly adminRole: Role;
  /** Hashed before the command: hashing must not run inside a transaction. */
  readonly pin: PinHash;
  readonly deviceId: string;
}

export const SETTINGS_ID_META = 'settingsId';

/** First run: the station, its first administrator and the PC's settings, in one transaction. */
export async function setupStation(
  env: CommandEnv,
  input: SetupInput,
): Promise<Result<{ stationId: string; adminId: string }>> {
  const stationId = env.newId();
  const adminId = env.newId();
  const admin = { id: adminId, name: input.adminName.trim() };
  return runCommand(
    env,
    admin,
    async (ctx) => {
      const { db, now } = env;
      if ((await db.meta.get(META.stationId)) || (await db.stations.count()) > 0) {
        fail('setup.exists', 'This PC already has a station');
      }
      // Checked by the form's own field names, so each message lands under the right field.
      const fields: Record<string, ErrorCode> = {};
      for (const [field, schema, value] of [
        ['stationName', nameSchema, input.stationName],
        ['areaCode', areaCodeSchema, input.areaCode],
        ['adminName', nameSchema, input.adminName],
      ] as const) {
        const r = schema.safeParse(value);
        if (!r.success) fields[field] = asErrorCode(r.error.issues[0]?.message ?? 'validation');
      }
      if (Object.keys(fields).length > 0) fail('validation', `Set-up: ${JSON.stringify(fields)}`, { fields });
      await db.meta.put({ key: META.deviceId, value: input.deviceId });
      await db.meta.put({ key: META.stationId, value: stationId });
      const base = { stationId, createdAt: now(), deleted: false };
      await writeRecord(
        ctx,
        'stations',
        { ...base, id: stationId, name: input.stationName, areaCode: input.areaCode.trim() },
        { action: 'station.create' },
      );
      await writeRecord(
        ctx,
        'staff',
        {
          ...base,
          id: adminId,
          name: input.adminName,
          role: input.adminRole,
          admin: true,
          active: true,
          pin: input.pin,
          failedAttempts: 0,
          lockedUntil: 0,
        },
        { action: 'staff.create' },
      );
      const settingsId = env.newId();
      await db.meta.put({ key: SETTINGS_ID_META, value: settingsId });
      await writeRecord(
        ctx,
        'settings',
        { ...base, id: settingsId, idleLockMinutes: IDLE_LOCK.defaultMinutes },
        { action: 'settings.create' },
      );
      return { stationId, adminId };
    },
    stationId,
  );
}
