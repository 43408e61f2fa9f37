import { needs, plain, type ErrorTable } from './table';

/** Codes of the identifier checks (shared/identifiers): area code, resident ID number, phone, credit code. */
export const IDENTIFIER_ERRORS = {
  'areaCode.empty': plain,
  'areaCode.digits': plain,
  'areaCode.length': plain,
  'areaCode.province': needs<{ readonly province: string }>(),
  'areaCode.county': plain,
  'areaCode.township': plain,
  'areaCode.village': plain,
  'residentId.format': plain,
  'residentId.province': plain,
  'residentId.birthDate': plain,
  'residentId.future': plain,
  'residentId.checksum': plain,
  'residentId.birthDateDiffers': plain,
  'residentId.sexDiffers': plain,
  'phone.digits': plain,
  'phone.mobile': plain,
  'phone.format': plain,
  'creditCode.length': plain,
  'creditCode.characters': plain,
  'creditCode.checksum': plain,
} as const satisfies ErrorTable;
