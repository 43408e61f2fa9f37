import { v7 as uuidv7 } from 'uuid';
import { readMeta, writeMeta } from './repositories/meta';
import type { Database } from './store/sql';
import { hashSecret, newToken } from './tokens';

export interface ServerIdentity {
  /** changes after a restore, telling every station to push again what it holds */
  readonly epoch: string;
  readonly adminHash: string;
  /** the admin token, when it was just made (print it once) */
  readonly newAdminToken: string | null;
}

/**
 * The epoch (made at first start) and the admin token's hash: the one given (COUNTY_ADMIN_TOKEN) replaces
 * the stored one; without either, a token is made.
 */
export function loadIdentity(db: Database, adminToken: string | undefined): Promise<ServerIdentity> {
  return db.transaction(async (sql) => {
    let epoch = (await readMeta(sql, 'serverEpoch')) ?? '';
    if (!epoch) {
      epoch = uuidv7();
      await writeMeta(sql, 'serverEpoch', epoch);
    }
    if (adminToken) {
      const adminHash = hashSecret(adminToken);
      await writeMeta(sql, 'adminTokenHash', adminHash);
      return { epoch, adminHash, newAdminToken: null };
    }
    const stored = (await readMeta(sql, 'adminTokenHash')) ?? '';
    if (stored) return { epoch, adminHash: stored, newAdminToken: null };
    const newAdminToken = newToken();
    const adminHash = hashSecret(newAdminToken);
    await writeMeta(sql, 'adminTokenHash', adminHash);
    return { epoch, adminHash, newAdminToken };
  });
}

/** After a restore: a new epoch. */
export async function renewEpoch(db: Database): Promise<string> {
  const epoch = uuidv7();
  await db.transaction((sql) => writeMeta(sql, 'serverEpoch', epoch));
  return epoch;
}
