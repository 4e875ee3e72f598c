/**
 * Number words and number formatting for the quantity recogniser (quantities.ts).
 * Pure data and small functions: no I/O, deterministic.
 */

/** "zero" .. "nineteen". */
export const ONES: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written as words ("hundred" is handled apart from the others: it can follow a thousand). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Plural magnitudes that make a vague quantity ("thousands of"), with the lower bound they give. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12],
]);

/** Denominators of fractions written as words: "a third", "two-thirds", "nine-tenths". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
  ['hundredth', 100], ['hundredths', 100], ['thousandth', 1000], ['thousandths', 1000],
]);

/** Scale suffixes glued to digits: "5bn", "$3.5m", "20k". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9], ['b', 1e9], ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['k', 1e3], ['tn', 1e12], ['trn', 1e12],
]);

/** Every word that can start or carry a number written in words (used to build the trigger pattern). */
export const NUMBER_TRIGGER_WORDS: readonly string[] = [
  ...[...ONES.keys()].filter((w) => w !== 'zero'),
  ...TENS.keys(),
  ...SCALES.keys(),
  ...VAGUE.keys(),
  'dozen', 'several', 'few',
  'half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
];

/** v × 10^k without binary rounding noise when the scale is a power of ten (5.4 million -> 5400000). */
export function scaleValue(v: number, scale: number): number {
  if (scale === 1) return v;
  const k = Math.round(Math.log10(scale));
  if (10 ** k === scale) {
    // a whole number times a power of ten that stays within 2^53 is exact as it is: the same number
    // as the one written out ("5e6"), without writing it
    if (k > 0 && Number.isInteger(v) && v > 0 && v * scale <= Number.MAX_SAFE_INTEGER) return v * scale;
    return Number(`${v}e${k}`);
  }
  return v * scale;
}

/** Parses "10,000", "3.9", "15,517.78" (digits with thousands separators and a decimal part). */
export function parseDigits(s: string): number {
  // up to 15 digits: the digits as one integer over a power of ten (both exact, so the quotient is
  // the correctly rounded value, as Number() gives it); anything else through Number()
  let n = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else if (c !== 44) return Number(s.indexOf(',') < 0 ? s : s.split(',').join(''));
  }
  if (digits === 0 || digits > 15 || decimals === 0) return Number(s.indexOf(',') < 0 ? s : s.split(',').join(''));
  return decimals > 0 ? n / POWERS_OF_TEN[decimals] : n;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** 10000 -> "10,000"; 1.6850 -> "1.685"; at most three decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  let int = Math.floor(rounded);
  let frac = Math.round((rounded - int) * 1000);
  if (frac >= 1000) {
    int += 1;
    frac -= 1000;
  }
  const digits = int.toFixed(0);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  let out = grouped;
  if (frac > 0) out += '.' + String(frac).padStart(3, '0').replace(/0+$/, '');
  return neg ? '-' + out : out;
}
