import { asErrorCode, type ErrorCode } from '../errors/codes';
import { EDUCATION, SEEKER_DEFAULTS, seekerSchema, type Seeker } from '../entities/seeker';
import { parsePhone } from '../identifiers/phone';
import { parseResidentId } from '../identifiers/resident-id';
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
import { cellDate, looksLikeRoundedNumber } from './cell-values';
import { HOURS_CHOICES, parseHoursCell } from './hours-cell';
import { rowTicker, type RowProgress } from './row-progress';
import { checkSeeker } from './seeker-rules';
import { INSTRUCTIONS_MARK, isInstructionsRow, SAMPLE_MARK, type TableTemplate } from './template';

/**
 * Reading seekers from a spreadsheet (the template's columns, Chinese or English headers), row by row.
 * Pure: `today` and the ID numbers already registered are passed in. Returns drafts without id or station.
 */
export type SeekerDraft = Omit<Seeker, 'id' | 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;

export const SEEKER_COLUMNS = {
  name: ['姓名', 'name'],
  sex: ['性别', 'sex'],
  birthDate: ['出生日期', 'birth date', 'birthdate'],
  idNumber: ['身份证号', 'id number', 'idnumber'],
  phone: ['手机', '电话', 'phone'],
  villageCode: ['村代码', 'village code', 'villagecode'],
  education: ['文化程度', 'education'],
  skills: ['技能', 'skills'],
  consentMatching: ['同意匹配', 'consent matching'],
  consentCounty: ['同意报县', 'consent county'],
  consentDate: ['同意日期', 'consent date'],
  availability: ['工作时间', 'working hours', 'availability'],
} as const;

type Column = keyof typeof SEEKER_COLUMNS;
const REQUIRED: readonly Column[] = ['name', 'consentMatching', 'consentDate'];
/** A row's record before it has an id: built once (a zod schema is compiled on first use, so per row is slow). */
const DRAFT_SCHEMA = seekerSchema.omit({ id: true, stationId: true, createdAt: true, updatedAt: true, deleted: true });

const SEX: Readonly<Record<string, Seeker['sex']>> = {
  男: 'male',
  女: 'female',
  male: 'male',
  female: 'female',
  m: 'male',
  f: 'female',
};
const EDUCATION_ZH: Readonly<Record<string, Seeker['education']>> = {
  未上学: 'none',
  小学: 'primary',
  初中: 'junior',
  高中: 'senior',
  中专: 'vocational',
  技校: 'vocational',
  大专: 'college',
  本科: 'bachelor',
};
const YES_NO = ['是', '否'] as const;

/** The downloadable template: a sheet named 求职者, an instructions row, drop-downs and one example row. */
export const SEEKER_TEMPLATE: TableTemplate = {
  sheet: '求职者',
  columns: (
    [
      ['text', `${INSTRUCTIONS_MARK}必填。这一行导入时会跳过；下面的示例行请换成真实的人或删掉`, 22],
      ['choice', '男 / 女；填了身份证号可以不填', 8, ['男', '女']],
      ['date', '年-月-日，如 1985-03-02；填了身份证号可以不填', 14],
      ['text', '18 位；这一列是文本格式，请别改成数字（否则后几位会变成 0）', 22],
      ['text', '11 位手机号', 14],
      ['text', '12 位村代码（见“村名单”）', 16],
      ['choice', '必填，从下拉列表里选', 10, Object.keys(EDUCATION_ZH)],
      ['text', '技能名称，用顿号隔开，如 电工、焊接', 18],
      ['choice', '必填：是 / 否', 10, YES_NO],
      ['choice', '是 / 否', 10, YES_NO],
      ['date', '必填：本人同意的日期', 14],
      ['choice', `从下拉列表里选，或写时间段如 8:00-17:00（周一到五）；不填就匹配不到岗位`, 18, HOURS_CHOICES],
    ] as const
  ).map(([kind, hint, width, choices], i) => ({
    header: templateHeader(SEEKER_COLUMNS)[i] ?? '',
    hint,
    width,
    kind,
    ...(choices ? { choices, free: choices === HOURS_CHOICES } : {}),
  })),
  sample: [
    `张三（${SAMPLE_MARK}）`,
    '男',
    '1985-03-02',
    '',
    '13800138000',
    '522626101201',
    '初中',
    '电工、焊接',
    '是',
    '是',
    '2026-11-25',
    '周一到五全天',
  ],
};

export interface SeekerImport {
  readonly seekers: readonly (SeekerDraft & { readonly row: number })[];
  /** rows refused, with why */
  readonly errors: readonly RowError[];
  /** rows imported with something to do afterwards (no working hours: matching finds nothing until filled in) */
  readonly warnings: readonly RowError[];
  /** each row's name, so the report names the person and not only the row */
  readonly names: ReadonlyMap<number, string>;
  /** every valid ID number in the file, refused rows' too (to look up which are registered already) */
  readonly idNumbers: readonly string[];
}

export function parseSeekerRows(
  rows: readonly (readonly string[])[],
  today: string,
  registeredIds: ReadonlySet<string>,
  recordedBy: string,
  progress?: RowProgress,
): SeekerImport {
  const columns = indexColumns(rows[0], SEEKER_COLUMNS, REQUIRED);
  if (!columns.ok) return { seekers: [], errors: columns.errors, warnings: [], names: new Map(), idNumbers: [] };
  const { index } = columns;
  const ticker = rowTicker(Math.max(0, rows.length - 1), progress);

  const seekers: (SeekerDraft & { row: number })[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const names = new Map<number, string>();
  const idsInFile = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    ticker.tick(i);
    const row = i + 2;
    if (isBlankRow(cells) || isInstructionsRow(cells)) return;
    const cell = (c: Column) => cellOf(cells, index, c);
    const rowErrors: RowError[] = [];
    const add = (field: string, code: ErrorCode) => rowErrors.push({ row, field, code });
    names.set(row, cell('name'));
    if (cell('name').includes(SAMPLE_MARK)) add('name', 'import.sampleRow');

    const id = cell('idNumber') ? parseResidentId(cell('idNumber'), today) : null;
    if (id && !id.ok) add('idNumber', looksLikeRoundedNumber(cell('idNumber')) ? 'import.idAsNumber' : id.error.code);
    const phone = cell('phone') ? parsePhone(cell('phone')) : null;
    if (phone && !phone.ok) add('phone', phone.error.code);
    const sex = SEX[cell('sex').toLowerCase()] ?? (id?.ok ? id.value.sex : undefined);
    const birthDate = cell('birthDate') ? cellDate(cell('birthDate')) : id?.ok ? id.value.birthDate : '';
    // What the ID number says wins over nothing, never over what the row says: a contradiction is refused.
    if (id?.ok && sex && sex !== id.value.sex) add('sex', 'import.idSex');
    if (id?.ok && cell('birthDate') && birthDate !== id.value.birthDate) add('birthDate', 'import.idBirth');
    const { skills, unknown } = parseSkillList(cell('skills'), 'skilled');
    if (unknown.length > 0) add('skills', 'import.skill');
    const educationText = cell('education');
    const education =
      EDUCATION_ZH[educationText] ?? (EDUCATION as readonly Seeker['education'][]).find((e) => e === educationText);
    if (!education) add('education', 'import.education');
    const hours = parseHoursCell(cell('availability'));
    if (hours === 'unreadable') add('availability', 'import.hours');

    const draft: SeekerDraft = {
      name: cell('name'),
      sex: sex ?? 'female',
      birthDate,
      idNumber: id?.ok ? id.value.number : null,
      phone: phone?.ok ? phone.value.number : null,
      villageCode: cell('villageCode') || null,
      education: education ?? 'none',
      ...SEEKER_DEFAULTS,
      availability: typeof hours === 'string' && hours !== 'unreadable' ? hours : SEEKER_DEFAULTS.availability,
      skills,
      certificates: [],
      careDuties: [],
      physical: { ...SEEKER_DEFAULTS.physical },
      commute: { ...SEEKER_DEFAULTS.commute },
      groups: [],
      payFloor: null,
      consent: {
        date: cellDate(cell('consentDate')),
        matching: isYes(cell('consentMatching')),
        county: isYes(cell('consentCounty')),
        recordedBy,
        withdrawnOn: null,
      },
    };
    if (!sex) add('sex', 'seeker.sex');
    const shape = DRAFT_SCHEMA.safeParse(draft);
    if (!shape.success)
      for (const issue of shape.error.issues) add(String(issue.path[0] ?? ''), asErrorCode(issue.message));
    for (const finding of checkSeeker(draft, today).errors) add(finding.field, finding.code);
    if (draft.idNumber && (registeredIds.has(draft.idNumber) || idsInFile.has(draft.idNumber)))
      add('idNumber', 'seeker.duplicateId');
    if (draft.idNumber) idsInFile.add(draft.idNumber);

    const unique = uniqueErrors(rowErrors);
    if (unique.length > 0) errors.push(...unique);
    else {
      seekers.push({ ...draft, row });
      if (hours === null) warnings.push({ row, field: 'availability', code: 'import.noHours' });
    }
  });
  ticker.end();
  return { seekers, errors, warnings, names, idNumbers: [...idsInFile] };
}

/**
 * Every valid ID number in the file, refused rows' too: the same list as `parseSeekerRows(…).idNumbers`, read
 * without checking the rest of each row, so the ones already registered can be looked up before the one full check.
 */
export function seekerIdNumbers(rows: readonly (readonly string[])[], today: string): string[] {
  const columns = indexColumns(rows[0], SEEKER_COLUMNS, REQUIRED);
  if (!columns.ok) return [];
  const ids = new Set<string>();
  for (const cells of rows.slice(1)) {
    if (isBlankRow(cells) || isInstructionsRow(cells)) continue;
    const text = cellOf(cells, columns.index, 'idNumber');
    const id = text ? parseResidentId(text, today) : null;
    if (id?.ok) ids.add(id.value.number);
  }
  return [...ids];
}
