import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { BUNDLE_SIGNATURE_ALG, bundleSigningText } from './bundle-signature';
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
    /** when the station made the file (its clock, ms) */
    exportedAt: z.number().int().nonnegative(),
    /** how many changes the file holds (signed with them, so none can be dropped unnoticed) */
    changeCount: z.number().int().nonnegative().optional(),
    mutations: z.array(mutationSchema).max(1_000_000),
    /** the station's proof (bundle-signature.ts); absent from a PC never enrolled, which has no token */
    signature: z
      .object({
        alg: z.literal(BUNDLE_SIGNATURE_ALG),
        value: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Bundle = z.infer<typeof bundleSchema>;

/** A bundle as read from its file, with the text its signature covers. */
export interface ReadBundle {
  readonly bundle: Bundle;
  readonly signingText: string;
}

/** An unsigned bundle of the changes given (the station signs it next when it holds a token). */
export function makeBundle(input: Omit<Bundle, 'format' | 'schemaVersion' | 'changeCount' | 'signature'>): Bundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...input,
    changeCount: input.mutations.length,
    mutations: [...input.mutations] as Mutation[],
  };
}

export function parseBundle(text: string): Result<ReadBundle> {
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
  const { changeCount, mutations } = parsed.data;
  if (changeCount !== undefined && changeCount !== mutations.length)
    return err('bundle.invalid', `The file says ${changeCount} changes but holds ${mutations.length}`);
  for (const m of mutations) {
    const stationId = m.fields.stationId;
    if (stationId !== undefined && stationId !== parsed.data.stationId)
      return err('bundle.scope', `Change ${m.id} belongs to another station`);
  }
  return ok({ bundle: parsed.data, signingText: bundleSigningText(raw as Record<string, unknown>) });
}
