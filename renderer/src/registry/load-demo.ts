import { parseGazetteer } from '#shared/registry/gazetteer-import';
import { demoCounty } from '#shared/registry/demo-data';
import { err, ok, type Result } from '#shared/result';
import type { Actor, CommandEnv } from '../db/commands/command';
import { markDemoLoaded } from '../db/commands/demo-flag';
import { saveEmployer, saveJob } from '../db/commands/employers';
import { importSeekers } from '../db/commands/seekers';
import { importVillages } from '../db/commands/villages';
import demoCsv from './demo-gazetteer.csv?raw';
import { stationDay } from '../state/station-day';

/**
 * Fills an empty station with the synthetic demo county (villages, employers, jobs, seekers) through the
 * ordinary commands, for training and demonstrations. Made-up people only. The PC is marked first
 * (`markDemoLoaded`): it is then never enrolled with the county, so none of this reaches it.
 */
export async function loadDemoCounty(
  env: CommandEnv,
  actor: Actor,
  seekers = 300,
): Promise<Result<{ seekers: number; jobs: number }>> {
  const marked = await markDemoLoaded(env, actor);
  if (!marked.ok) return marked;
  const { villages } = parseGazetteer(
    demoCsv
      .trim()
      .split('\n')
      .map((line) => line.split(',')),
  );
  const imported = await importVillages(env, actor, villages);
  if (!imported.ok) return imported;
  const county = demoCounty(
    villages.filter((v) => v.code.length === 12).map((v) => v.code),
    seekers,
    stationDay(env.now()),
    actor.id,
  );
  const people = await importSeekers(env, actor, county.seekers);
  if (!people.ok) return people;
  const employerIds: string[] = [];
  for (const e of county.employers) {
    const saved = await saveEmployer(env, actor, { ...e, id: env.newId() });
    if (!saved.ok) return saved;
    employerIds.push(saved.value.id);
  }
  for (const { employer, ...job } of county.jobs) {
    const employerId = employerIds[employer];
    if (!employerId) return err('record.notFound', 'Demo employer missing');
    const saved = await saveJob(env, actor, { ...job, id: env.newId(), employerId });
    if (!saved.ok) return saved;
  }
  return ok({ seekers: people.value.added, jobs: county.jobs.length });
}
