import { plain, type ErrorTable } from './table';

/** Codes of the spreadsheet imports (villages, seekers, jobs): the file, its columns and its rows. */
export const IMPORT_ERRORS = {
  'import.fileType': plain,
  'import.unreadable': plain,
  'import.empty': plain,
  'import.column': plain,
  'import.duplicateCode': plain,
  'import.skill': plain,
  'import.employer': plain,
  'import.days': plain,
  'import.payKind': plain,
  'import.contract': plain,
  'import.number': plain,
  'import.sampleRow': plain,
  'import.idAsNumber': plain,
  'import.idSex': plain,
  'import.idBirth': plain,
  'import.education': plain,
  'import.hours': plain,
  'import.noHours': plain,
} as const satisfies ErrorTable;
