import type { ErrorCode, ErrorValues } from './errors/codes';
import type { MessageValues } from './errors/table';

/** Per-field error codes for forms: field name → code. */
export type FieldErrors = Readonly<Record<string, ErrorCode>>;

/** An error of one code: its values are there exactly when the code's message takes them. */
export type AppErrorOf<C extends ErrorCode> = {
  /** Stable machine-readable code; also the i18n key suffix (`errors.<code>`). */
  readonly code: C;
  /** Developer-facing detail in English; users see the translated `code`. */
  readonly message: string;
  /** Per-field error codes for forms. */
  readonly fields?: FieldErrors;
} & (undefined extends ErrorValues<C> ? { readonly params?: ErrorValues<C> } : { readonly params: ErrorValues<C> });

type AppErrors = { readonly [C in ErrorCode]: AppErrorOf<C> };

/** Expected failures are values, not exceptions (DESIGN.md, conventions 4); `code` tells which one. */
export type AppError = AppErrors[ErrorCode];

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** What an error carries besides its code: the message's values (when it takes some) and per-field codes. */
export type ErrorDetails<C extends ErrorCode> = { readonly fields?: FieldErrors } & (undefined extends ErrorValues<C>
  ? { readonly params?: ErrorValues<C> }
  : { readonly params: ErrorValues<C> });

/** The details argument: optional when the code's message needs no values. */
export type DetailsArg<C extends ErrorCode> =
  undefined extends ErrorValues<C> ? [details?: ErrorDetails<C>] : [details: ErrorDetails<C>];

/** The values argument: optional when the code's message needs none. */
export type ValuesArg<C extends ErrorCode> =
  undefined extends ErrorValues<C> ? [params?: ErrorValues<C>] : [params: ErrorValues<C>];

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * An error value; keys without a value are left out, so errors compare as they always have. The rest
 * parameter ties the details to the code; TypeScript cannot follow that tie into a generic body, hence the
 * one assertion here.
 */
export function appError<C extends ErrorCode>(code: C, message: string, ...[details]: DetailsArg<C>): AppError {
  const { params, fields }: { params?: MessageValues; fields?: FieldErrors } = details ?? {};
  return {
    code,
    message,
    ...(params === undefined ? {} : { params }),
    ...(fields === undefined ? {} : { fields }),
  } as AppError;
}

export const err = <C extends ErrorCode>(code: C, message: string, ...[params]: ValuesArg<C>): Result<never> => ({
  ok: false,
  error: appError<ErrorCode>(code, message, { params }),
});
