/** A value an error message can show: text, a number, or a list (shown joined with the language's list separator). */
export type MessageValue = string | number | readonly string[];

/** The values of one message, by the name its text uses (`{{name}}`). */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * One code's entry in an error table. Only its type carries meaning: `values` takes what the code's message
 * needs (`undefined`: nothing; `P | undefined`: optional values). The table's runtime keys let code tell one
 * of our codes from any other string (a zod message, a county server's code).
 */
export interface CodeSpec<P extends MessageValues | undefined> {
  readonly values: (values: P) => void;
}

/** What every table's entries have in common: some spec, whatever its values. */
export type ErrorTable = Readonly<Record<string, CodeSpec<never>>>;

/** The values a spec asks for. */
export type ValuesOf<S> = S extends CodeSpec<infer P> ? P : never;

const SPEC = { values: () => undefined };

/** A code whose message takes no values. */
export const plain: CodeSpec<undefined> = SPEC;

/** A code whose message needs these values. */
export const needs = <P extends MessageValues>(): CodeSpec<P> => SPEC;

/** A code whose message may take these values. */
export const mayHave = <P extends MessageValues>(): CodeSpec<P | undefined> => SPEC;
