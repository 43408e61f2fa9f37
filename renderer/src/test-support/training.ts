import type { CourseInput } from '../db/commands/courses';
import { saveSeeker } from '../db/commands/seekers';
import { addStaff } from '../db/commands/staff';
import { seekerInput } from './inputs';
import { pin123456, setUp, testEnv } from './test-env';

/** A station with its administrator and one trainer account. */
export async function trainingStation() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const admin = { id: adminId, name: '王芳' };
  const trainer = await addStaff(env, admin, { name: '李老师', role: 'trainer', admin: false, pin: await pin123456() });
  if (!trainer.ok) throw new Error(trainer.error.message);
  return { env, admin, trainer: { id: trainer.value.id, name: '李老师' } };
}

/** A valid course of three half-day sessions, two seats, subsidised (the id is the caller's). */
export const courseInput = (trainerId: string | null, overrides: Partial<CourseInput> = {}): CourseInput => ({
  id: '',
  title: '缝纫工培训班',
  skillCode: 'sewing-machine',
  skillLevel: 'beginner',
  certificateKind: 'special-ability',
  certificateName: '专项职业能力证书（缝纫机操作）',
  sessions: [
    { id: 's1', date: '2026-11-24', part: 'morning', hours: 4 },
    { id: 's2', date: '2026-11-24', part: 'afternoon', hours: 4 },
    { id: 's3', date: '2026-11-25', part: 'morning', hours: 4 },
  ],
  venue: '村委会会议室',
  trainerId,
  targetGroups: ['single-parent'],
  capacity: 2,
  subsidy: { programme: '职业技能提升补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 8 },
  status: 'open',
  notes: '',
  ...overrides,
});

/** Registers n seekers without ID numbers or skills; their ids in order. */
export async function registerSeekers(
  env: ReturnType<typeof testEnv>,
  admin: { id: string; name: string },
  n: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const s = seekerInput({
      id: env.newId(),
      name: `学员${i}`,
      idNumber: null,
      phone: `1381234${String(5000 + i)}`,
      skills: [],
    });
    const saved = await saveSeeker(env, admin, s);
    if (!saved.ok) throw new Error(saved.error.code);
    ids.push(s.id);
  }
  return ids;
}
