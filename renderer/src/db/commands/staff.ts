import type { PinHash } from '#shared/auth/pin';
import type { Role } from '#shared/auth/roles';
import type { Staff } from '#shared/entities/staff';
import type { Result } from '#shared/result';
import {
  fail,
  requireActor,
  runCommand,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';

export interface NewStaff {
  readonly name: string;
  readonly role: Role;
  readonly admin: boolean;
  readonly pin: PinHash;
}

export async function addStaff(env: CommandEnv, actor: Actor, input: NewStaff): Promise<Result<Staff>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'staff');
    return writeRecord(
      ctx,
      'staff',
      {
        id: env.newId(),
        stationId: ctx.stationId,
        createdAt: env.now(),
        deleted: false,
        name: input.name,
        role: input.role,
        admin: input.admin,
        active: true,
        pin: input.pin,
        failedAttempts: 0,
        lockedUntil: 0,
      },
      { action: 'staff.create' },
    );
  });
}

async function existing(ctx: CommandContext, id: string): Promise<Staff> {
  return (await ctx.env.db.staff.get(id)) ?? fail('record.notFound', `No staff ${id}`);
}

/** A new PIN also lifts a lockout. */
export async function resetPin(env: CommandEnv, actor: Actor, staffId: string, pin: PinHash): Promise<Result<Staff>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'staff');
    const { updatedAt: _u, ...current } = await existing(ctx, staffId);
    return writeRecord(
      ctx,
      'staff',
      { ...current, pin, failedAttempts: 0, lockedUntil: 0 },
      { action: 'staff.reset-pin' },
    );
  });
}

export async function setStaffActive(
  env: CommandEnv,
  actor: Actor,
  staffId: string,
  active: boolean,
): Promise<Result<Staff>> {
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'staff');
    const { updatedAt: _u, ...current } = await existing(ctx, staffId);
    // The actor is an active administrator (requireActor) and cannot deactivate themself, so at least one
    // administrator always remains.
    if (!active && staffId === actor.id) fail('staff.self', 'Cannot deactivate yourself');
    return writeRecord(
      ctx,
      'staff',
      { ...current, active },
      { action: active ? 'staff.activate' : 'staff.deactivate' },
    );
  });
}
