import { generatePassword } from './console/passwords';
import type { ConsoleUserInfo, createConsoleUsers } from './console/users';
import { chinaTime } from './cli-time';
import { ServiceError } from './service-error';

type ConsoleUsers = ReturnType<typeof createConsoleUsers>;

export interface UserCommand {
  readonly sub: string | undefined;
  readonly arg: string | undefined;
  readonly name: string | undefined;
  readonly role: string | undefined;
  readonly display: string | undefined;
  readonly passwordStdin: boolean;
}

const USAGE = [
  '用法 / Usage:',
  '  npm run county -- user add --name NAME --role county-admin|viewer [--display 显示名称] [--password-stdin]',
  '  npm run county -- user list',
  '  npm run county -- user disable NAME',
  '  npm run county -- user password NAME [--password-stdin]      (without: a new one, printed once)',
].join('\n');

const ROLE_ZH = { 'county-admin': '县级管理员', viewer: '查看者' } as const;

const when = (ms: number) => chinaTime(ms);

/** The first line of standard input, as `--password-stdin` reads it (`printf '%s\n' "$PW" | …`). */
export async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) console.error('请输入密码，回车后按 Ctrl-D / Type the password, Enter, then Ctrl-D:');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').normalize('NFC');
}

function describe(u: ConsoleUserInfo): string {
  const state = [
    u.disabledAt != null ? `已停用 disabled ${when(u.disabledAt)}` : '',
    u.lockedUntil != null ? `锁定至 locked until ${when(u.lockedUntil)}` : '',
  ].filter(Boolean);
  return [u.username, u.role, ROLE_ZH[u.role], u.displayName, `创建 created ${when(u.createdAt)}`, ...state].join('  ');
}

/**
 * `npm run county -- user …`: the county console's accounts, managed by whoever runs the server. Chinese
 * first, English after; a password is read from standard input, or generated and printed once.
 */
export async function runUserCommand(
  users: ConsoleUsers,
  command: UserCommand,
  readPassword: () => Promise<string> = readPasswordFromStdin,
): Promise<number> {
  try {
    const { sub, arg } = command;
    if (sub === 'add' && command.name && command.role) {
      const password = command.passwordStdin ? await readPassword() : undefined;
      const { user, generatedPassword } = await users.add({
        username: command.name,
        role: command.role,
        displayName: command.display,
        password,
      });
      console.log(
        `已添加县级控制台账号 ${user.username}（${ROLE_ZH[user.role]}）/ Console account ${user.username} added (${user.role})`,
      );
      if (generatedPassword)
        console.log(`初始密码（只显示这一次，请当面转交）/ Password (shown once): ${generatedPassword}`);
    } else if (sub === 'list') {
      const list = await users.list();
      if (list.length === 0)
        console.log(
          '还没有县级控制台账号 / No console accounts yet: npm run county -- user add --name NAME --role county-admin',
        );
      for (const u of list) console.log(describe(u));
    } else if (sub === 'disable' && arg) {
      const changed = await users.disable(arg);
      console.log(
        changed
          ? `已停用账号 ${arg}，其登录已全部结束 / Account ${arg} disabled; its sessions have ended`
          : `账号 ${arg} 早已停用 / Account ${arg} was disabled already`,
      );
    } else if (sub === 'password' && arg) {
      const generated = command.passwordStdin ? null : generatePassword();
      await users.setPassword(arg, generated ?? (await readPassword()));
      console.log(`已为 ${arg} 设置新密码，其登录已全部结束 / New password set for ${arg}; its sessions have ended`);
      if (generated) console.log(`新密码（只显示这一次，请当面转交）/ Password (shown once): ${generated}`);
    } else {
      console.error(USAGE);
      return 2;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    console.error(`${error.messageZh} / ${error.message}`);
    return 1;
  }
}
