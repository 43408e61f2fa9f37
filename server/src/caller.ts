/** Who is calling, as their token says: the county admin, or one enrolled device of a station. */
export type Caller =
  { readonly kind: 'admin' } | { readonly kind: 'station'; readonly stationId: string; readonly enrollmentId: string };
