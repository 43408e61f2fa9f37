import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { duplicateNoticeSchema, type DuplicateNotice } from '#shared/sync/wire';
import { getDb } from './db';
import { SYNC_META } from './sync-meta';

const noticesSchema = z.array(duplicateNoticeSchema);

/** What the county last told this station (empty before the first pull, or from an older county server). */
export function parseNotices(value: string | undefined): DuplicateNotice[] {
  if (!value) return [];
  try {
    const parsed = noticesSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The county's duplicate-person notices, all of them or those about one of this station's people. */
export function useDuplicateNotices(seekerId?: string): DuplicateNotice[] {
  return useLiveQuery(
    async () => {
      const all = parseNotices((await getDb().meta.get(SYNC_META.notices))?.value);
      return seekerId === undefined ? all : all.filter((n) => n.recordId === seekerId);
    },
    [seekerId],
    [],
  );
}

/** A notice with the name of the station's own person it is about (null when that record is gone from this PC). */
export type NoticeRow = DuplicateNotice & { readonly name: string | null };

/** Every duplicate-person notice, each with the local person's name, oldest first. */
export function useDuplicateNoticeRows(): NoticeRow[] {
  return useLiveQuery(
    async () => {
      const db = getDb();
      const notices = parseNotices((await db.meta.get(SYNC_META.notices))?.value);
      const people = await db.seekers.bulkGet(notices.map((n) => n.recordId));
      return notices.map((n, i) => {
        const person = people[i];
        return { ...n, name: person && !person.deleted ? person.name : null };
      });
    },
    [],
    [],
  );
}
