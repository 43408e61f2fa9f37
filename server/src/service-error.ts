/** A refusal the HTTP layer turns into a 4xx with a message in English and Chinese (the CLI prints both). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}
