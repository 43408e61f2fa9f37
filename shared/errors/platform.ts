import { mayHave, plain, type ErrorTable } from './table';

/** Codes of the command runner and the platform bridge (IPC, printing, secrets). */
export const PLATFORM_ERRORS = {
  /** Nothing was changed; the detail is in the developer message. */
  'command.failed': plain,
  'record.notFound': plain,
  /**
   * Fields are not right: `fields` names each field's code. The values are those its field messages take
   * (`seated` for course.capacityBelowSeated), the record a unique field clashes with, and the matcher's
   * conditions a refused referral would override.
   */
  validation: mayHave<{
    readonly seated?: number;
    readonly existingId?: string;
    readonly checks?: readonly string[];
  }>(),
  scope: plain,
  immutable: plain,
  'ipc.invalid': plain,
  'ipc.sender': plain,
  'ipc.failed': plain,
  'print.noWindow': plain,
  'secret.unavailable': plain,
} as const satisfies ErrorTable;
