import { describe, expect, it } from 'vitest';
import { maskPhone, parsePhone } from './phone';

describe('phone numbers', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['+86 138-1234-5678', '13812345678', 'mobile'],
    ['0086 13812345678', '13812345678', 'mobile'],
    ['199 1234 5678', '19912345678', 'mobile'],
    ['010-12345678', '01012345678', 'landline'],
    ['0855-1234567', '08551234567', 'landline'],
    ['(0855)12345678', '085512345678', 'landline'],
  ])('normalises %j', (input, number, kind) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: { number, kind } });
  });

  it.each([
    ['12812345678', 'phone.mobile'],
    ['1381234567', 'phone.mobile'],
    ['138123456789', 'phone.mobile'],
    ['23456', 'phone.format'],
    ['12345', 'phone.mobile'],
    ['138-abcd-5678', 'phone.digits'],
    ['', 'phone.digits'],
  ])('rejects %j with %s', (input, code) => {
    const r = parsePhone(input);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('masks the middle', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('08551234567')).toBe('0855***4567');
    expect(maskPhone('01012345678')).toBe('010****5678');
  });
});
