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
import { checkSeeker } from './seeker-rules';

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
} as const;

type Column = keyof typeof SEEKER_COLUMNS;
const REQUIRED: readonly Column[] = ['name', 'consentMatching', 'consentDate'];

/** The template's header row (Chinese) and one example row. */
export const SEEKER_TEMPLATE: readonly (readonly string[])[] = [
  templateHeader(SEEKER_COLUMNS),
  ['张三', '男', '1985-03-02', '', '13800138000', '522626101201', '初中', '电工、焊接', '是', '是', '2026-11-25'],
];

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

function date(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : text.trim();
}

export interface SeekerImport {
  readonly seekers: readonly (SeekerDraft & { readonly row: number })[];
  readonly errors: readonly RowError[];
}

export function parseSeekerRows(
  rows: readonly (readonly string[])[],
  today: string,
  registeredIds: ReadonlySet<string>,
  recordedBy: string,
): SeekerImport {
  const columns = indexColumns(rows[0], SEEKER_COLUMNS, REQUIRED);
  if (!columns.ok) return { seekers: [], errors: columns.errors };
  const { index } = columns;

  const seekers: (SeekerDraft & { row: number })[] = [];
  const errors: RowError[] = [];
  const idsInFile = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (isBlankRow(cells)) return;
    const cell = (c: Column) => cellOf(cells, index, c);
    const rowErrors: RowError[] = [];
    const add = (field: string, code: ErrorCode) => rowErrors.push({ row, field, code });

    const id = cell('idNumber') ? parseResidentId(cell('idNumber'), today) : null;
    if (id && !id.ok) add('idNumber', id.error.code);
    const phone = cell('phone') ? parsePhone(cell('phone')) : null;
    if (phone && !phone.ok) add('phone', phone.error.code);
    const sex = SEX[cell('sex').toLowerCase()] ?? (id?.ok ? id.value.sex : undefined);
    const birthDate = cell('birthDate') ? date(cell('birthDate')) : id?.ok ? id.value.birthDate : '';
    const { skills, unknown } = parseSkillList(cell('skills'), 'skilled');
    if (unknown.length > 0) add('skills', 'import.skill');
    const educationText = cell('education');
    const education =
      EDUCATION_ZH[educationText] ?? (EDUCATION as readonly string[]).find((e) => e === educationText) ?? 'junior';

    const draft: SeekerDraft = {
      name: cell('name'),
      sex: sex ?? 'female',
      birthDate,
      idNumber: id?.ok ? id.value.number : null,
      phone: phone?.ok ? phone.value.number : null,
      villageCode: cell('villageCode') || null,
      education: education as Seeker['education'],
      ...SEEKER_DEFAULTS,
      skills,
      certificates: [],
      careDuties: [],
      physical: { ...SEEKER_DEFAULTS.physical },
      commute: { ...SEEKER_DEFAULTS.commute },
      groups: [],
      payFloor: null,
      consent: {
        date: date(cell('consentDate')),
        matching: isYes(cell('consentMatching')),
        county: isYes(cell('consentCounty')),
        recordedBy,
        withdrawnOn: null,
      },
    };
    if (!sex) add('sex', 'seeker.sex');
    const shape = seekerSchema
      .omit({ id: true, stationId: true, createdAt: true, updatedAt: true, deleted: true })
      .safeParse(draft);
    if (!shape.success)
      for (const issue of shape.error.issues) add(String(issue.path[0] ?? ''), asErrorCode(issue.message));
    for (const finding of checkSeeker(draft, today).errors) add(finding.field, finding.code);
    if (draft.idNumber && (registeredIds.has(draft.idNumber) || idsInFile.has(draft.idNumber)))
      add('idNumber', 'seeker.duplicateId');
    if (draft.idNumber) idsInFile.add(draft.idNumber);

    const unique = uniqueErrors(rowErrors);
    if (unique.length > 0) errors.push(...unique);
    else seekers.push({ ...draft, row });
  });
  return { seekers, errors };
}
