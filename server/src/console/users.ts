import { v7 as uuidv7 } from 'uuid';
import {
  disableConsoleUser,
  findConsoleUser,
  insertConsoleUser,
  listConsoleUsers,
  writePasswordHash,
} from '../repositories/console-users';
import { deleteUserSessions } from '../repositories/console-sessions';
import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import { describeIssues } from '../tables';
import { recordAudit } from './audit';
import { generatePassword, hashPassword } from './passwords';
import {
  consoleRoleSchema,
  displayNameSchema,
  MIN_PASSWORD_LENGTH,
  newPasswordSchema,
  usernameSchema,
  type ConsoleRole,
} from './schemas';

/** An account as the CLI lists it: never its hash. */
export interface ConsoleUserInfo {
  readonly username: string;
  readonly displayName: string;
  readonly role: ConsoleRole;
  readonly createdAt: number;
  readonly disabledAt: number | null;
  /** when a lock runs out, if the account is locked now */
  readonly lockedUntil: number | null;
}

export interface NewConsoleUser {
  readonly username: unknown;
  readonly role: unknown;
  readonly displayName?: unknown;
  /** absent: a password is generated and returned once */
  readonly password?: string | undefined;
}

const invalid = (what: string, zh: string) => new ServiceError(400, 'console.userInvalid', what, zh);

function parseUsername(raw: unknown): string {
  const parsed = usernameSchema.safeParse(raw);
  if (!parsed.success)
    throw invalid(
      `Invalid account name: ${describeIssues(parsed.error)}`,
      '账号名须为 2–32 个字母、数字、点、横线或下划线',
    );
  return parsed.data;
}

function parsePassword(raw: string): string {
  if (!newPasswordSchema.safeParse(raw).success)
    throw invalid(
      `A password needs ${MIN_PASSWORD_LENGTH} to 200 characters`,
      `密码至少 ${MIN_PASSWORD_LENGTH} 个字符（最多 200 个）`,
    );
  return raw;
}

const unknownUser = (username: string) =>
  new ServiceError(404, 'console.userUnknown', `No console account ${username}`, `没有这个账号：${username}`);

/**
 * The console's accounts as the server's operator manages them (the CLI): add one with a role, list them,
 * disable one, set a new password. Each change is audited; disabling or a new password ends the account's sessions.
 */
export function createConsoleUsers(db: Database, now: () => number) {
  async function add(input: NewConsoleUser): Promise<{ user: ConsoleUserInfo; generatedPassword: string | null }> {
    const username = parseUsername(input.username);
    const role = consoleRoleSchema.safeParse(input.role);
    if (!role.success) throw invalid('The role is county-admin or viewer', '角色须为 county-admin 或 viewer');
    const display = displayNameSchema.safeParse(input.displayName ?? username);
    if (!display.success) throw invalid('A display name has 1 to 60 characters', '显示名称须为 1–60 个字符');
    const generatedPassword = input.password === undefined ? generatePassword() : null;
    const passwordHash = await hashPassword(parsePassword(input.password ?? generatedPassword ?? ''));
    const id = uuidv7();
    const createdAt = now();
    await db.transaction(async (sql) => {
      if (await findConsoleUser(sql, username))
        throw new ServiceError(
          409,
          'console.userExists',
          `Account ${username} exists already`,
          `已有同名账号：${username}`,
        );
      await insertConsoleUser(sql, {
        id,
        username,
        displayName: display.data,
        role: role.data,
        passwordHash,
        createdAt,
      });
      await recordAudit(sql, createdAt, {
        userId: null,
        action: 'user.add',
        target: username,
        detail: { role: role.data },
      });
    });
    const user = {
      username,
      displayName: display.data,
      role: role.data,
      createdAt,
      disabledAt: null,
      lockedUntil: null,
    };
    return { user, generatedPassword };
  }

  async function list(): Promise<ConsoleUserInfo[]> {
    const at = now();
    return (await db.transaction(listConsoleUsers)).map((u) => ({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      createdAt: u.createdAt,
      disabledAt: u.disabledAt,
      lockedUntil: u.lockedUntil != null && u.lockedUntil > at ? u.lockedUntil : null,
    }));
  }

  /** Returns whether the account was active until now. */
  async function disable(rawName: string): Promise<boolean> {
    const username = parseUsername(rawName);
    return db.transaction(async (sql) => {
      const user = await findConsoleUser(sql, username);
      if (!user) throw unknownUser(username);
      if (user.disabledAt != null) return false;
      const at = now();
      await disableConsoleUser(sql, user.id, at);
      await deleteUserSessions(sql, user.id);
      await recordAudit(sql, at, { userId: null, action: 'user.disable', target: username });
      return true;
    });
  }

  async function setPassword(rawName: string, password: string): Promise<void> {
    const username = parseUsername(rawName);
    const passwordHash = await hashPassword(parsePassword(password));
    await db.transaction(async (sql) => {
      const user = await findConsoleUser(sql, username);
      if (!user) throw unknownUser(username);
      await writePasswordHash(sql, user.id, passwordHash);
      await deleteUserSessions(sql, user.id);
      await recordAudit(sql, now(), { userId: null, action: 'user.password', target: username });
    });
  }

  return { add, list, disable, setPassword };
}
