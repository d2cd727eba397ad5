import {
  divideRounded,
  formatDecimal,
  formatShare,
  shareOf,
  subtract,
  toDecimal,
  wholeSteps,
} from './decimal';

describe('exact decimals for penalty arithmetic', () => {
  test('a number keeps the digits it was written with', () => {
    expect(toDecimal(94.8)).toEqual({ units: 948n, scale: 1 });
    expect(toDecimal(95)).toEqual({ units: 95n, scale: 0 });
    expect(toDecimal(0.01)).toEqual({ units: 1n, scale: 2 });
    expect(toDecimal(1.005)).toEqual({ units: 1005n, scale: 3 });
  });

  test('95 − 94.8 is exactly 0.2, and holds two steps of 0.1', () => {
    const gap = subtract(toDecimal(95), toDecimal(94.8));
    expect(formatDecimal(gap)).toBe('0,2');
    expect(wholeSteps(gap, toDecimal(0.1))).toBe(2n);
  });

  test.each([
    [1005n, 10n, 101n],
    [1004n, 10n, 100n],
    [-1005n, 10n, -101n],
    [-1004n, 10n, -100n],
    [335n, 10n, 34n],
    [9n, 3n, 3n],
  ])('%d / %d rounds half away from zero to %d', (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });

  test('a share of cents is rounded half away from zero', () => {
    expect(shareOf(1_000_005, 0.1)).toBe(100_001);
    expect(shareOf(1_000_004, 0.1)).toBe(100_000);
    expect(shareOf(5_000_000, 0.07)).toBe(350_000);
  });

  test('shares read as percentages', () => {
    expect(formatShare(0.1)).toBe('10\u00a0%');
    expect(formatShare(0.125)).toBe('12,5\u00a0%');
    expect(formatShare(0.01)).toBe('1\u00a0%');
  });
});
