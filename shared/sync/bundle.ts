import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { mutationSchema, type Mutation } from './mutation';
import { SCHEMA_VERSION } from './wire';

/**
 * Changes carried on a USB stick when a station has no network at all (DESIGN.md, sync). The county
 * server's `import-bundle` command feeds them through the same idempotent path as a push, so a file
 * imported twice, or a file whose changes were also pushed later, stores each change once.
 */
export const BUNDLE_FORMAT = 'doorstep-sync-bundle';

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
    stationId: z.uuid({ version: 'v7' }),
    /** Lets the county register a station that has never been online. */
    station: z.object({ name: z.string(), areaCode: z.string() }).nullable(),
    deviceId: z.string().min(1).max(64),
    exportedAt: z.number().int().nonnegative(),
    mutations: z.array(mutationSchema).max(1_000_000),
  })
  .strict();
export type Bundle = z.infer<typeof bundleSchema>;

export function makeBundle(input: Omit<Bundle, 'format' | 'schemaVersion'>): Bundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...input,
    mutations: [...input.mutations] as Mutation[],
  };
}

export function parseBundle(text: string): Result<Bundle> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err('bundle.json', 'The file is not a Doorstep sync file (not JSON)');
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err(
      'bundle.invalid',
      `The file is not a valid Doorstep sync file: ${first ? `${first.path.join('.')} ${first.message}` : ''}`,
    );
  }
  for (const m of parsed.data.mutations) {
    const stationId = m.fields.stationId;
    if (stationId !== undefined && stationId !== parsed.data.stationId)
      return err('bundle.scope', `Change ${m.id} belongs to another station`);
  }
  return ok(parsed.data);
}
