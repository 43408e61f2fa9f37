/** The shape of a message tree with every text widened to `string`: what a second language must fill. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
