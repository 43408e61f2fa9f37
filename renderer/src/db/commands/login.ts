import { afterAttempt, checkLocked, LOCKOUT } from '#shared/auth/lockout';
import { pinSchema } from '#shared/auth/pin';
import type { Staff } from '#shared/entities/staff';
import { asErrorCode } from '#shared/errors/codes';
import { err, type Result } from '#shared/result';
import { verifyPin } from '../../security/pin-hash';
import { appendAudit, fail, runCommand, writeRecord, type CommandEnv } from './command';

/**
 * Checks a PIN for log-in or unlock. The lockout state is read before hashing (a locked account costs no
 * hashing) and updated, with an audit entry, in one transaction after it.
 */
export async function attemptLogin(
  env: CommandEnv,
  staffId: string,
  pin: string,
  purpose: 'login' | 'unlock',
): Promise<Result<Staff>> {
  // A PIN that cannot be right (empty, too short, letters) is not an attempt: it never counts towards the lock.
  const format = pinSchema.safeParse(pin);
  if (!format.success) return err(asErrorCode(format.error.issues[0]?.message ?? 'pin.short'), 'Not a PIN');
  const before = await env.db.staff.get(staffId);
  if (!before || !before.active) return err('login.inactive', 'No such active staff member');
  const locked = checkLocked(before, env.now());
  if (!locked.allowed) return err('login.locked', 'Account locked', { retryInMs: locked.retryInMs });
  const success = await verifyPin(pin, before.pin);

  const result = await runCommand(env, { id: before.id, name: before.name }, async (ctx) => {
    const { updatedAt: _u, ...current } = (await ctx.env.db.staff.get(staffId)) ?? fail('record.notFound', 'Gone');
    // The PIN was checked against `before`: if the account changed meanwhile (PIN reset, deactivated), retry.
    if (!current.active) return { staff: current, outcome: 'inactive' as const, retryInMs: 0 };
    if (current.pin.hash !== before.pin.hash) return { staff: current, outcome: 'changed' as const, retryInMs: 0 };
    const now = ctx.env.now();
    const gate = checkLocked(current, now);
    if (!gate.allowed) return { staff: current, outcome: 'locked' as const, retryInMs: gate.retryInMs };
    const next = afterAttempt(current, success, now);
    const staff = await writeRecord(
      ctx,
      'staff',
      { ...current, ...next },
      { action: 'staff.login-failed', audit: !success },
    );
    if (success)
      await appendAudit(ctx, {
        action: purpose === 'login' ? 'staff.login' : 'staff.unlock',
        table: 'staff',
        recordId: staffId,
      });
    const after = checkLocked(next, now);
    return after.allowed
      ? { staff, outcome: success ? ('ok' as const) : ('wrong' as const), retryInMs: 0 }
      : { staff, outcome: 'locked' as const, retryInMs: after.retryInMs };
  });
  if (!result.ok) return result;
  const { staff, outcome, retryInMs } = result.value;
  if (outcome === 'ok') return { ok: true, value: staff };
  if (outcome === 'locked') return err('login.locked', 'Account locked', { retryInMs });
  if (outcome === 'inactive') return err('login.inactive', 'Account deactivated');
  if (outcome === 'changed') return err('login.changed', 'The PIN was changed meanwhile');
  return err('login.wrong', 'Wrong PIN', { left: LOCKOUT.maxFailures - staff.failedAttempts });
}
