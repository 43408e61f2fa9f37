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

/** A token given to the server (COUNTY_ADMIN_TOKEN) must be at least this long: it guards every station's data. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

/** Why this admin token may not be used, in English and Chinese; null when it may. */
export function adminTokenProblem(token: string): { readonly message: string; readonly messageZh: string } | null {
  const length = token.trim().length;
  if (length >= MIN_ADMIN_TOKEN_LENGTH) return null;
  return {
    message: `COUNTY_ADMIN_TOKEN is too short (${length} characters): it needs at least ${MIN_ADMIN_TOKEN_LENGTH}. Make one with: openssl rand -base64 32`,
    messageZh: `COUNTY_ADMIN_TOKEN 太短（${length} 个字符），至少需要 ${MIN_ADMIN_TOKEN_LENGTH} 个字符。可以这样生成：openssl rand -base64 32`,
  };
}

/**
 * The epoch (made at first start) and the admin token's hash: the one given (COUNTY_ADMIN_TOKEN, refused when
 * too short) replaces the stored one; without either, a token is made.
 */
export function loadIdentity(db: Database, adminToken: string | undefined): Promise<ServerIdentity> {
  const problem = adminToken === undefined ? null : adminTokenProblem(adminToken);
  if (problem) return Promise.reject(new Error(`${problem.message}\n${problem.messageZh}`));
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
