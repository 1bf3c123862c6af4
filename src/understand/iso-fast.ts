import { civil } from './civil-date.js';

/**
 * Hand-read forms of the clock arguments, by fixed character positions: no regex, no Date.parse, no
 * substring. They accept only the everyday shapes with every field in range, where the answer is plain
 * arithmetic, and return NaN/null for anything else, which the caller then reads the old, general way
 * (so Date.parse's leniencies, 2026-02-30 or 24:00, stay exactly what they were).
 */

const DAY_MS = 86_400_000;
const ZERO = 48;

/** The number written by the `n` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days since 1970 of 'YYYY-MM-DD' at `at` for years 1000–9999 and a real day, else -1e9. */
function dateAt(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return -1e9; // '-'
  const year = digits(s, at, 4);
  const month = digits(s, at + 5, 2);
  const day = digits(s, at + 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1e9;
  return civil(year, month, day);
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
  const h = digits(s, 11, 2);
  const m = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return Number.NaN;
  let offsetMin = 0;
  const z = s.charCodeAt(19);
  if (n === 20) {
    if (z !== 90 && z !== 122) return Number.NaN; // Z/z
  } else {
    if ((z !== 43 && z !== 45) || s.charCodeAt(22) !== 58) return Number.NaN; // '+'/'-', ':'
    const oh = digits(s, 20, 2);
    const om = digits(s, 23, 2);
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
