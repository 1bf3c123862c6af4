import published from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { computedHolidays } from './cn-fallback.js';
import { shippedOverrides, type OverrideYear } from './cn-overrides.js';
import { yearOf } from './local-date.js';

/**
 * Where a Chinese date's status comes from, in order: the project's override file (a year published
 * after the package shipped), chinese-days' published data, else the computed statutory days.
 * The package's data file is read rather than its functions, which shift dates on hosts west of UTC.
 */

export type CnDayKind = 'holiday' | 'makeUpWorkday' | 'plain';

export interface CnDay {
  kind: CnDayKind;
  /** "English,中文" for holidays and make-up workdays. */
  name?: string;
  /** A holiday that exists only because a weekend is worked instead (调休). */
  inLieu: boolean;
  confirmed: boolean;
}

interface YearTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
  confirmed: boolean;
}

const packageData = published as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };
const packageYears = new Set(Object.keys(packageData.holidays).map(yearOf));
const packageTable: YearTable = { ...packageData, confirmed: true };

/** The last year chinese-days publishes; later years come from the override file or the fallback. */
export const lastPublishedYear = Math.max(...packageYears);

const computedCache = new Map<number, YearTable>();

function computedYear(year: number): YearTable {
  let table = computedCache.get(year);
  if (!table) {
    table = { holidays: Object.fromEntries(computedHolidays(year)), workdays: {}, inLieuDays: {}, confirmed: false };
    computedCache.set(year, table);
  }
  return table;
}

function overrideYear(entry: OverrideYear): YearTable {
  return { holidays: entry.holidays, workdays: entry.workdays, inLieuDays: entry.inLieuDays, confirmed: entry.confirmed };
}

function tableFor(year: number, overrides: Map<number, OverrideYear>): YearTable {
  const override = overrides.get(year);
  if (override) return overrideYear(override);
  if (packageYears.has(year)) return packageTable;
  return computedYear(year);
}

/** The status of a CN local date (YYYY-MM-DD); weekends are the caller's business. */
export function cnDay(date: string, overrides: Map<number, OverrideYear> = shippedOverrides): CnDay {
  const table = tableFor(yearOf(date), overrides);
  const inLieu = date in table.inLieuDays;
  const work = table.workdays[date];
  if (work !== undefined) return { kind: 'makeUpWorkday', name: work, inLieu: false, confirmed: table.confirmed };
  const off = table.holidays[date];
  if (off !== undefined) return { kind: 'holiday', name: off, inLieu, confirmed: table.confirmed };
  return { kind: 'plain', inLieu: false, confirmed: table.confirmed };
}

/** Whether a year's CN data is published (package or confirmed override) rather than computed. */
export function cnYearConfirmed(year: number, overrides: Map<number, OverrideYear> = shippedOverrides): boolean {
  return tableFor(year, overrides).confirmed;
}
