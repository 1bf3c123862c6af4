import cd from 'chinese-days';
import { addDays } from './local-date.js';

/**
 * A host-zone-proof door to chinese-days' lunar and solar-term arithmetic.
 *
 * chinese-days parses "YYYY-MM-DD" as UTC midnight but reads it back with the host's local getters, so
 * on a server west of Greenwich every string answer is a day early. A Date built from parts at local
 * midnight is read back as exactly those parts in any host zone, so lunar dates go in that way.
 */

function localMidnight(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

/** The solar date of a (non-leap) lunar month/day in lunar year `lunarYear`. */
export function solarFromLunar(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  return cd.getSolarDateFromLunar(localMidnight(lunarYear, lunarMonth, lunarDay)).date;
}

/** 正月初一 of the lunar year that starts in Gregorian `year`. */
export function lunarNewYear(year: number): string {
  return solarFromLunar(year, 1, 1);
}

/** 清明 (the pure-brightness solar term) in April of `year`. */
export function qingming(year: number): string {
  return undoHostShift(cd.getSolarTermDate(year, 4, 'pure_brightness'));
}

/**
 * getSolarTermDate builds its answer from "YYYY-M-D" (parsed as UTC) and formats it with local getters,
 * so west of UTC it comes out one day early. Find the date whose UTC midnight the host reads as `shown`.
 */
function undoHostShift(shown: string): string {
  for (const candidate of [shown, addDays(shown, 1)]) {
    const d = new Date(`${candidate}T00:00:00Z`);
    const read = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (read === shown) return candidate;
  }
  return shown;
}
