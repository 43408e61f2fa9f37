import { asErrorCode, type ErrorCode } from '../errors/codes';
import { jobSchema, type Job } from '../entities/job';
import { shiftSchedule } from '../schedule/quarter-week';
import { quarterMinutes, type Day } from '../schedule/week-grid';
import {
  cellOf,
  indexColumns,
  isBlankRow,
  isYes,
  parseSkillList,
  templateHeader,
  uniqueErrors,
  type RowError,
} from './columns';
import { cellDate } from './cell-values';
import { rowTicker, type RowProgress } from './row-progress';
import { INSTRUCTIONS_MARK, isInstructionsRow, type TableTemplate } from './template';

/**
 * Reading job postings from a spreadsheet (the template's columns), row by row. The employer is named and must
 * already be registered. Pure: `today` and the employers (name → id) are passed in.
 */
export type JobDraft = Omit<Job, 'id' | 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;

export const JOB_COLUMNS = {
  employer: ['单位名称', 'employer'],
  title: ['岗位名称', 'title'],
  skills: ['技能', 'skills'],
  days: ['工作日', 'days'],
  from: ['上班时间', 'from'],
  to: ['下班时间', 'to'],
  homeBased: ['在家做', 'home-based'],
  payKind: ['计薪方式', 'pay kind'],
  payAmount: ['金额', 'amount'],
  piecesPerHour: ['每小时件数', 'pieces per hour'],
  contract: ['合同', 'contract'],
  insurance: ['社保', 'social insurance'],
  positions: ['人数', 'positions'],
  startDate: ['开始日期', 'start date'],
} as const;

type Column = keyof typeof JOB_COLUMNS;
const REQUIRED: readonly Column[] = ['employer', 'title', 'payKind', 'payAmount'];
/** A row's record before it has an id: built once (a zod schema is compiled on first use, so per row is slow). */
const DRAFT_SCHEMA = jobSchema.omit({ id: true, stationId: true, createdAt: true, updatedAt: true, deleted: true });

const YES_NO = ['是', '否'];

/** The downloadable template: a sheet named 岗位, an instructions row, drop-downs and one example row. */
export const JOB_TEMPLATE: TableTemplate = {
  sheet: '岗位',
  columns: (
    [
      ['text', `${INSTRUCTIONS_MARK}必填，和登记的单位名称一样。这一行导入时会跳过`, 20],
      ['text', '必填', 16],
      ['text', '技能名称，用顿号隔开', 16],
      ['text', '一二三四五六日中的字，如 一二三四五', 12],
      ['text', '如 09:00（可到一刻钟，如 08:15）', 10],
      ['text', '如 15:00 或 15:45', 10],
      ['choice', '是 / 否', 8, YES_NO],
      ['choice', '必填，从下拉列表里选', 10, ['按月', '按天', '按小时', '计件']],
      ['text', '必填：元（计件填每件多少元）', 12],
      ['text', '计件时填：正常每小时做几件', 12],
      ['choice', '从下拉列表里选', 12, ['劳动合同', '非全日制', '劳务协议', '无']],
      ['choice', '是 / 否', 8, YES_NO],
      ['text', '招几个人', 8],
      ['date', '年-月-日', 14],
    ] as const
  ).map(([kind, hint, width, choices], i) => ({
    header: templateHeader(JOB_COLUMNS)[i] ?? '',
    hint,
    width,
    kind,
    ...(choices ? { choices } : {}),
  })),
  sample: [
    '思旸镇帮扶车间',
    '缝纫工',
    '缝纫机操作',
    '一二三四五',
    '09:00',
    '15:00',
    '否',
    '计件',
    '0.5',
    '40',
    '劳动合同',
    '是',
    '10',
    '2026-12-01',
  ],
};

const DAY_CHARS: Readonly<Record<string, Day>> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };
const PAY: Readonly<Record<string, Job['pay']['kind']>> = {
  按月: 'monthly',
  月: 'monthly',
  按天: 'daily',
  天: 'daily',
  按小时: 'hourly',
  小时: 'hourly',
  计件: 'piece',
  monthly: 'monthly',
  daily: 'daily',
  hourly: 'hourly',
  piece: 'piece',
};
const CONTRACT: Readonly<Record<string, Job['contractKind']>> = {
  劳动合同: 'labour',
  非全日制: 'part-time',
  非全日制用工: 'part-time',
  劳务协议: 'labour-service',
  无: 'none',
  没有: 'none',
  没有合同: 'none',
};

export interface JobImport {
  readonly jobs: readonly (JobDraft & { readonly row: number })[];
  readonly errors: readonly RowError[];
}

export function parseJobRows(
  rows: readonly (readonly string[])[],
  today: string,
  employers: ReadonlyMap<string, string>,
  progress?: RowProgress,
): JobImport {
  const columns = indexColumns(rows[0], JOB_COLUMNS, REQUIRED);
  if (!columns.ok) return { jobs: [], errors: columns.errors };
  const { index } = columns;
  const ticker = rowTicker(Math.max(0, rows.length - 1), progress);

  const jobs: (JobDraft & { row: number })[] = [];
  const errors: RowError[] = [];
  rows.slice(1).forEach((cells, i) => {
    ticker.tick(i);
    const row = i + 2;
    if (isBlankRow(cells) || isInstructionsRow(cells)) return;
    const cell = (c: Column) => cellOf(cells, index, c);
    const rowErrors: RowError[] = [];
    const add = (field: string, code: ErrorCode) => rowErrors.push({ row, field, code });

    const employerId = employers.get(cell('employer'));
    if (!employerId) add('employer', 'import.employer');
    let schedule: Job['schedule'] = { kind: 'flexible' };
    if (cell('days') || cell('from') || cell('to')) {
      const days = [...cell('days')].flatMap((c) => (c in DAY_CHARS ? [DAY_CHARS[c] as Day] : []));
      // to the quarter hour: a shift to 15:45 is imported as 15:45
      const from = quarterMinutes(cell('from'));
      const to = quarterMinutes(cell('to'));
      if (days.length === 0) add('days', 'import.days');
      if (from === null) add('from', 'time.quarterFormat');
      if (to === null) add('to', 'time.quarterFormat');
      if (from !== null && to !== null && from >= to) add('to', 'time.order');
      if (days.length && from !== null && to !== null && from < to) schedule = shiftSchedule(days, from, to);
    }
    const kind = PAY[cell('payKind')];
    if (!kind) add('payKind', 'import.payKind');
    const amount = Number(cell('payAmount'));
    const pay =
      kind === 'piece'
        ? { kind, amount, piecesPerHour: Number(cell('piecesPerHour')) }
        : { kind: kind ?? 'monthly', amount };
    const { skills, unknown } = parseSkillList(cell('skills'), 'beginner');
    if (unknown.length > 0) add('skills', 'import.skill');
    const contract = cell('contract') ? CONTRACT[cell('contract')] : 'labour';
    if (!contract) add('contract', 'import.contract');
    const draft: JobDraft = {
      employerId: employerId ?? '',
      title: cell('title'),
      occupation: '',
      skills,
      schedule,
      workplace: isYes(cell('homeBased')) ? 'home-based' : 'on-site',
      physical: { standingHours: 0, liftKg: 0, fineEyesight: false, bothHands: true },
      literacyNeeded: 'none',
      pay: pay as Job['pay'],
      contractKind: contract ?? 'labour',
      socialInsurance: isYes(cell('insurance')),
      positions: cell('positions') ? Number(cell('positions')) : 1,
      startDate: cell('startDate') ? cellDate(cell('startDate')) : today,
      endDate: null,
      status: 'open',
      description: '',
    };
    if (employerId) {
      const shape = DRAFT_SCHEMA.safeParse(draft);
      if (!shape.success)
        for (const issue of shape.error.issues)
          add(
            issue.path[0] === 'pay' ? 'payAmount' : String(issue.path[0] ?? ''),
            asErrorCode(issue.message, 'import.number'),
          );
    }
    const unique = uniqueErrors(rowErrors);
    if (unique.length > 0) errors.push(...unique);
    else jobs.push({ ...draft, row });
  });
  ticker.end();
  return { jobs, errors };
}
