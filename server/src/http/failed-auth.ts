/**
 * Refused tokens counted per address (never per token: a made-up token is free to make). Past `max` refusals
 * within `windowMs`, the address is answered 429 before any token is looked at, until the window ends.
 */
export interface FailedAuthLimit {
  /** the address is over its limit: answer 429 without looking at the token */
  blocked(address: string): boolean;
  /** a refused token from this address */
  failed(address: string): void;
}

export function failedAuthLimit(options: {
  readonly max: number;
  readonly windowMs: number;
  readonly now: () => number;
  /** addresses remembered at most (a flood of addresses starts the count again, never grows memory) */
  readonly maxAddresses?: number;
}): FailedAuthLimit {
  const counts = new Map<string, { start: number; count: number }>();
  const maxAddresses = options.maxAddresses ?? 50_000;
  const current = (address: string) => {
    const entry = counts.get(address);
    return entry && options.now() - entry.start < options.windowMs ? entry : null;
  };
  return {
    blocked: (address) => (current(address)?.count ?? 0) >= options.max,
    failed(address) {
      const entry = current(address);
      if (entry) {
        entry.count += 1;
        return;
      }
      if (counts.size >= maxAddresses) counts.clear();
      counts.set(address, { start: options.now(), count: 1 });
    },
  };
}
