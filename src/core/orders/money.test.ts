import { formatEuros, formatQuantity, lineAmount } from './money';

describe('euros in French notation', () => {
  test.each([
    [0, '0,00\u00a0€'],
    [5, '0,05\u00a0€'],
    [1240000, '12\u202f400,00\u00a0€'],
    [123456789, '1\u202f234\u202f567,89\u00a0€'],
    [-250, '-2,50\u00a0€'],
  ])('%i cents read %s', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
  });

  test('a fraction of a cent is refused rather than rounded', () => {
    expect(() => formatEuros(10.5)).toThrow(RangeError);
  });

  test('quantities use a decimal comma', () => {
    expect(formatQuantity(2.5)).toBe('2,5');
    expect(formatQuantity(3)).toBe('3');
  });
});

describe('line amounts in whole cents', () => {
  test('half units of an odd price round half away from zero', () => {
    expect(lineAmount(0.5, 101)).toBe(51);
    expect(lineAmount(2.5, 65_000)).toBe(162_500);
  });

  test('no float drift on large amounts', () => {
    expect(lineAmount(120.5, 99_999)).toBe(12_049_880);
  });
});
