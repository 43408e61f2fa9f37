import {
  deleteConsoleSession,
  deleteStaleSessions,
  findConsoleSession,
  insertConsoleSession,
  touchConsoleSession,
} from '../repositories/console-sessions';
import {
  findConsoleUser,
  findConsoleUserById,
  writeLoginState,
  writePasswordHash,
} from '../repositories/console-users';
import type { Database } from '../store/sql';
import { hashSecret, newToken } from '../tokens';
import { recordAudit } from './audit';
import { CONSOLE_LOCKOUT, consoleAfterAttempt, consoleLockCheck, loginState } from './lockout';
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from './passwords';
import { usernameSchema, type ConsoleRole, type LoginBody } from './schemas';

/** A session ends after 30 minutes without a request, and after 12 hours whatever happens. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** Who a console request comes from. */
export interface ConsoleIdentity {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: ConsoleRole;
  /** the stored session's id (the hash of the cookie's value) */
  readonly sessionId: string;
}

export type LoginResult =
  | { readonly ok: true; readonly identity: ConsoleIdentity; readonly cookieValue: string }
  | { readonly ok: false; readonly code: 'console.badLogin' }
  | { readonly ok: false; readonly code: 'console.locked'; readonly unlocksAt: number; readonly retryInMs: number };

export type SessionResult =
  | { readonly ok: true; readonly identity: ConsoleIdentity }
  | { readonly ok: false; readonly code: 'console.auth' | 'console.expired' };

const badLogin = { ok: false, code: 'console.badLogin' } as const;
const locked = (unlocksAt: number, at: number) =>
  ({ ok: false, code: 'console.locked', unlocksAt, retryInMs: unlocksAt - at }) as const;

/**
 * Log-in, the session behind each console request, and log-out. The password is checked outside any
 * transaction (scrypt is slow; sync must not wait for it), then the lockout is applied to the account's latest
 * state. An unknown or disabled name is checked against a decoy hash and gets the same answer as a wrong
 * password. Log-ins, failures, locks and log-outs are audited (with the address, never the name typed).
 */
export function createConsoleSessions(db: Database, now: () => number) {
  async function login(body: LoginBody, ip: string): Promise<LoginResult> {
    const name = usernameSchema.safeParse(body.username);
    const found = name.success ? await db.transaction((sql) => findConsoleUser(sql, name.data)) : null;
    const user = found && found.disabledAt == null ? found : null;
    if (user) {
      const at = now();
      const check = consoleLockCheck(loginState(user.failedCount, user.lockedUntil), at);
      if (!check.allowed) {
        await db.transaction((sql) =>
          recordAudit(sql, at, { userId: user.id, action: 'login.failed', reason: 'locked', detail: { ip } }),
        );
        return locked(at + check.retryInMs, at);
      }
    }
    const matches = user
      ? await verifyPassword(body.password, user.passwordHash)
      : await verifyAgainstDecoy(body.password);
    const renewed = user && matches && needsRehash(user.passwordHash) ? await hashPassword(body.password) : null;

    return db.transaction(async (sql): Promise<LoginResult> => {
      const at = now();
      // Another attempt may have counted meanwhile: the lockout works on the account as it is now.
      const current = user ? await findConsoleUserById(sql, user.id) : null;
      if (!current || current.disabledAt != null) {
        const reason = found ? 'disabled' : 'unknown';
        await recordAudit(sql, at, { userId: found?.id ?? null, action: 'login.failed', reason, detail: { ip } });
        return badLogin;
      }
      const before = loginState(current.failedCount, current.lockedUntil);
      const check = consoleLockCheck(before, at);
      if (!check.allowed) {
        await recordAudit(sql, at, { userId: current.id, action: 'login.failed', reason: 'locked', detail: { ip } });
        return locked(at + check.retryInMs, at);
      }
      const after = consoleAfterAttempt(before, matches, at);
      await writeLoginState(sql, current.id, after.failedAttempts, after.lockedUntil || null);
      if (!matches) {
        const failures = after.lockedUntil ? CONSOLE_LOCKOUT.maxFailures : after.failedAttempts;
        const detail = { ip, failures };
        await recordAudit(sql, at, { userId: current.id, action: 'login.failed', reason: 'password', detail });
        if (!after.lockedUntil) return badLogin;
        await recordAudit(sql, at, {
          userId: current.id,
          action: 'account.locked',
          detail: { until: after.lockedUntil },
        });
        return locked(after.lockedUntil, at);
      }
      if (renewed) await writePasswordHash(sql, current.id, renewed);
      const cookieValue = newToken();
      const sessionId = hashSecret(cookieValue);
      await deleteStaleSessions(sql, at - SESSION_IDLE_MS, at);
      await insertConsoleSession(sql, {
        id: sessionId,
        userId: current.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at + SESSION_MAX_MS,
        ip,
      });
      await recordAudit(sql, at, { userId: current.id, action: 'login', detail: { ip } });
      const identity = {
        userId: current.id,
        username: current.username,
        displayName: current.displayName,
        role: current.role,
        sessionId,
      };
      return { ok: true, identity, cookieValue };
    });
  }

  /** The session a cookie's value names, if it is still live; each request moves its idle time on. */
  async function authenticate(cookieValue: string | undefined): Promise<SessionResult> {
    if (!cookieValue || cookieValue.length > 200) return { ok: false, code: 'console.auth' };
    const sessionId = hashSecret(cookieValue);
    return db.transaction(async (sql): Promise<SessionResult> => {
      const session = await findConsoleSession(sql, sessionId);
      if (!session) return { ok: false, code: 'console.auth' };
      const at = now();
      const user = await findConsoleUserById(sql, session.userId);
      if (!user || user.disabledAt != null || at - session.lastSeenAt >= SESSION_IDLE_MS || at >= session.expiresAt) {
        await deleteConsoleSession(sql, sessionId);
        return { ok: false, code: 'console.expired' };
      }
      await touchConsoleSession(sql, sessionId, at);
      const identity = {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        sessionId,
      };
      return { ok: true, identity };
    });
  }

  async function logout(identity: ConsoleIdentity, ip: string): Promise<void> {
    await db.transaction(async (sql) => {
      await deleteConsoleSession(sql, identity.sessionId);
      await recordAudit(sql, now(), { userId: identity.userId, action: 'logout', detail: { ip } });
    });
  }

  return { login, authenticate, logout };
}
