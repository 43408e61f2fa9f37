/** What went wrong talking to the county, in the terms the sync loop acts on. */
export type TransportErrorKind =
  | 'network' // no answer at all: retry with backoff
  | 'timeout' // too slow: smaller batches, retry
  | 'too-large' // 413: split and resend
  | 'auth' // 401/403: the station must enrol again
  | 'server' // 5xx or a garbled answer: retry with backoff
  | 'client' // another 4xx: a bug or a version mismatch; shown to a person
  | 'rate'; // 429: wait

export class TransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
    readonly status?: number,
    readonly serverCode?: string,
    readonly messageZh?: string,
  ) {
    super(message);
  }
}
