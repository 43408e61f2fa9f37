/** A device token due for renewal: the hash it holds now and the hash the request carried (maybe the one before). */
export interface TokenRenewal {
  readonly currentHash: string;
  readonly usedHash: string;
}

/** Who is calling, as their token says: the county admin, or one enrolled device of a station. */
export type Caller =
  | { readonly kind: 'admin' }
  | {
      readonly kind: 'station';
      readonly stationId: string;
      readonly enrollmentId: string;
      /** present when this answer should carry the device a new token */
      readonly renewal?: TokenRenewal;
    };
