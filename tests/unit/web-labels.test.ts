import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumber } from '../../src/web/labels';

describe('amounts and numbers as Dutch readers write them', () => {
  it('writes euros with two decimals, a decimal comma and a thousands dot', () => {
    expect(formatEuros(16.1)).toBe('€ 16,10');
    expect(formatEuros(17.5)).toBe('€ 17,50');
    expect(formatEuros(2500)).toBe('€ 2.500,00');
  });

  it('writes other numbers with a decimal comma and at most two decimals', () => {
    expect(formatNumber(3.857)).toBe('3,86');
    expect(formatNumber(4)).toBe('4');
  });
});
