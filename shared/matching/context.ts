import type { Employer } from '../entities/employer';
import type { Village } from '../entities/village';
import { buildGazetteer } from './commute';
import type { EmployerRef, MatchContext } from './types';

/** A match context from the records a station holds: the gazetteer and the employers, plus the optional hooks. */
export function createMatchContext(
  input: {
    readonly today: string;
    readonly villages: readonly Village[];
    readonly employers: readonly Pick<Employer, 'id' | 'villageCode' | 'deleted'>[];
  },
  hooks: Omit<MatchContext, 'today' | 'gazetteer' | 'employers'> = {},
): MatchContext {
  const employers = new Map<string, EmployerRef>();
  for (const e of input.employers) if (!e.deleted) employers.set(e.id, { id: e.id, villageCode: e.villageCode });
  return { ...hooks, today: input.today, gazetteer: buildGazetteer(input.villages, input.today), employers };
}
