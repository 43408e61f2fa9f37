import { v7 as uuidv7 } from 'uuid';
import { getDb } from '../db';
import type { CommandEnv } from './command';

export function appEnv(): CommandEnv {
  return { db: getDb(), now: () => Date.now(), newId: () => uuidv7() };
}

/** A short random id for this device, used as the clock's node id. */
export function randomDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}
