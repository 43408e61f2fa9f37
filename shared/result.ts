/** Expected failures are values, not exceptions (DESIGN.md, conventions 4). */
export interface AppError {
  /** Stable machine-readable code; also the i18n key suffix (`errors.<code>`). */
  readonly code: string;
  /** Developer-facing detail in English; users see the translated `code`. */
  readonly message: string;
  /** Optional values interpolated into the translated message. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Per-field error codes for forms: field name → code. */
  readonly fields?: Readonly<Record<string, string>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = <T = never>(
  code: string,
  message: string,
  params?: Readonly<Record<string, string | number>>,
): Result<T> => ({ ok: false, error: params ? { code, message, params } : { code, message } });
