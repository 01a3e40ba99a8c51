import { describe, expect, it } from 'vitest';
import {
  INVALID_PHONE_MESSAGE,
  normalisePhone,
  phoneSchema,
  phoneSearchDigits,
} from '../../src/modules/job-seekers/phone';

describe('normalisePhone', () => {
  const valid: [input: string, stored: string][] = [
    ['0612345678', '0612345678'],
    ['06-12 34 56 78', '0612345678'],
    ['06 12345678', '0612345678'],
    ['06-12345678', '0612345678'],
    ['(06) 123 456 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06/12345678', '0612345678'],
    ['  0612345678  ', '0612345678'],
    ['+31 6 12345678', '0612345678'],
    ['+31612345678', '0612345678'],
    ['+31 (0)6 12345678', '0612345678'],
    ['+31 06 12345678', '0612345678'],
    ['0031612345678', '0612345678'],
    ['0031 6 1234 5678', '0612345678'],
    ['010-1234567', '0101234567'],
    ['010 123 45 67', '0101234567'],
    ['(010) 1234567', '0101234567'],
    ['+31 10 1234567', '0101234567'],
    ['0031101234567', '0101234567'],
    ['0181-123456', '0181123456'],
    ['+32 470 12 34 56', '+32470123456'],
    ['0032470123456', '+32470123456'],
    ['+49 30 1234567', '+49301234567'],
    ['+90 532 123 45 67', '+905321234567'],
    ['+1 (212) 555-0100', '+12125550100'],
  ];
  it.each(valid)('stores %j as %j', (input, stored) => {
    expect(normalisePhone(input)).toBe(stored);
  });

  const invalid = [
    '',
    '   ',
    '06',
    '061234567', // 9 digits
    '06123456789', // 11 digits
    '6123456789', // no leading 0 and no country code
    '0012345', // 00 is the international prefix: too short for a number abroad
    '+31 6 1234567', // one digit short
    '+31 6 123456789', // one digit too many
    '+31',
    '+',
    '+0612345678', // a country code cannot start with 0
    '+32 12', // too short to be a number
    '+1234567890123456', // longer than E.164 allows
    '06 12 34 56 7a',
    'zes-twaalf',
    '06+12345678',
    '++31612345678',
    '06_12345678',
    '06:12345678',
  ];
  it.each(invalid)('rejects %j', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('gives different notations of one number the same stored form, so the duplicate check sees them', () => {
    const notations = ['06-12 34 56 78', '+31 6 12345678', '0031612345678', '+31 (0)6 1234 5678'];
    expect(new Set(notations.map(normalisePhone))).toEqual(new Set(['0612345678']));
  });
});

describe('phoneSchema', () => {
  it('transforms to the stored form', () => {
    expect(phoneSchema.parse('+31 6 12345678')).toBe('0612345678');
  });

  it.each<unknown>(['06 123', 612345678, null, '0'.repeat(41)])(
    'rejects %j with the plain message',
    (input) => {
      const result = phoneSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([INVALID_PHONE_MESSAGE]);
    },
  );
});

describe('phoneSearchDigits', () => {
  const cases: [query: string, digits: string | null][] = [
    ['06 12 34', '061234'],
    ['0612345678', '0612345678'],
    ['+31 6 1234', '061234'],
    ['0031 6 1234', '061234'],
    ['+32 470', '32470'],
    ['5678', '5678'],
    ['123', '123'],
    ['12', null],
    ['jan', null],
    ['jan 06', null],
  ];
  it.each(cases)('%j → %j', (query, digits) => {
    expect(phoneSearchDigits(query)).toBe(digits);
  });
});
