/**
 * Hand-read forms of the clock arguments, by fixed character positions: no regex, no Date.parse, no
 * substring. They accept only the everyday shapes with every field in range, where the answer is plain
 * arithmetic, and return NaN/null for anything else, which the caller then reads the old, general way
 * (so Date.parse's leniencies, 2026-02-30 or 24:00, stay exactly what they were).
 */

const DAY_MS = 86_400_000;
const ZERO = 48;

/** The number written by the two ASCII digits at `at`, or -1 if either is not a digit. */
function two(s: string, at: number): number {
  const a = s.charCodeAt(at) - ZERO;
  const b = s.charCodeAt(at + 1) - ZERO;
  // (x >>> 0) > 9 is "not 0–9" for both negative and large x: one test per digit, no loop.
  return (a >>> 0) > 9 || (b >>> 0) > 9 ? -1 : a * 10 + b;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Day count of the first day and the length of recently read months, direct-mapped by year * 12 + month:
 * replies of a run name a few months, so a date costs a table read instead of a calendar sum. A pure memo.
 */
const MONTH_LINES = 256;
const monthKey = new Int32Array(MONTH_LINES).fill(-1);
const monthFirst = new Int32Array(MONTH_LINES);
const monthLength = new Uint8Array(MONTH_LINES);

/** Days since 1970 of 'YYYY-MM-DD' at `at` for years 1000–9999 and a real day, else -1e9. */
function dateAt(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return -1e9; // '-'
  const hi = two(s, at);
  const lo = two(s, at + 2);
  const month = two(s, at + 5);
  const day = two(s, at + 8);
  if (hi < 10 || lo < 0 || month < 1 || month > 12 || day < 1) return -1e9;
  const key = (hi * 100 + lo) * 12 + month;
  const line = key & (MONTH_LINES - 1);
  if (monthKey[line] !== key) {
    const year = hi * 100 + lo;
    monthKey[line] = key;
    monthFirst[line] = daysFromCivil(year, month, 1);
    monthLength[line] = daysInMonth(year, month);
  }
  return day > monthLength[line]! ? -1e9 : monthFirst[line]! + day - 1;
}

/**
 * civil() for a real date of a year 1000–9999: the same count (H. Hinnant's days_from_civil) in small-integer
 * arithmetic, without civil()'s checks for fractions, years 0–99 and months past 12.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch ms of 'YYYY-MM-DDTHH:MM:SS' + 'Z' or '±HH:MM' (the shape nearly every caller sends), else NaN.
 * Agrees with Date.parse wherever it answers.
 */
export function fastInstant(s: string): number {
  const n = s.length;
  if (n !== 20 && n !== 25) return Number.NaN;
  const day = dateAt(s, 0);
  const t = s.charCodeAt(10);
  if (day === -1e9 || (t !== 84 && t !== 116) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Number.NaN; // T/t, ':'
  const h = two(s, 11);
  const m = two(s, 14);
  const sec = two(s, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return Number.NaN;
  let offsetMin = 0;
  const z = s.charCodeAt(19);
  if (n === 20) {
    if (z !== 90 && z !== 122) return Number.NaN; // Z/z
  } else {
    if ((z !== 43 && z !== 45) || s.charCodeAt(22) !== 58) return Number.NaN; // '+'/'-', ':'
    const oh = two(s, 20);
    const om = two(s, 23);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return day * DAY_MS + ((h * 60 + m - offsetMin) * 60 + sec) * 1000;
}

/** Days since 1970 of a 'YYYY-MM-DD' due date with a year 1000–9999 and a real day, else null. */
export function fastDate(s: string): number | null {
  if (s.length !== 10) return null;
  const day = dateAt(s, 0);
  return day === -1e9 ? null : day;
}
