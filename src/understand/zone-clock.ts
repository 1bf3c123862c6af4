import { DateTime, IANAZone } from 'luxon';
import type { CivilDate } from './civil-date.js';
import { fastInstant } from './iso-fast.js';

/**
 * Reading the clock argument: is `tz` a real zone, what instant is `now`, and which date is it there.
 * luxon decides validity and parses the unusual forms; the date in a zone comes from a per-week table of
 * the zone's UTC offset, so a reply costs two map look-ups instead of an Intl format (about 1 µs).
 */

/** True if `tz` names a zone luxon and Intl know. */
export function isValidZone(tz: string): boolean {
  return zoneNamed(tz) !== null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch milliseconds of `now`, or NaN; a string without an offset is a wall time in `tz`. */
export function instantOf(now: string | Date, tz: string): number {
  if (now instanceof Date) return now.getTime();
  const fast = fastInstant(now);
  if (!Number.isNaN(fast)) return fast;
  if (ISO_INSTANT.test(now)) return Date.parse(now);
  const parsed = DateTime.fromISO(now, { zone: tz });
  return parsed.isValid ? parsed.toMillis() : Number.NaN;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const WEEK_CACHE = 512;

/** A week of a zone's offsets: `before` until `switchAt`, `after` from then on (real zones change at most once a week). */
interface Week {
  before: number;
  switchAt: number;
  after: number;
}

export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  private readonly weeks = new Map<number, Week>();
  /**
   * A direct-mapped cache in front of the map (index mod 512, ~10 years): a reply's week is usually
   * there, and two array reads cost less than a Map look-up.
   */
  private readonly cachedIndex = new Float64Array(WEEK_CACHE).fill(Number.NaN);
  private readonly cachedWeek = new Array<Week | undefined>(WEEK_CACHE);

  constructor(tz: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  }

  /** Offset in ms at `ms`. */
  at(ms: number): number {
    const index = Math.floor(ms / WEEK_MS);
    const line = index & (WEEK_CACHE - 1);
    let week = this.cachedIndex[line] === index ? this.cachedWeek[line] : undefined;
    if (week === undefined) {
      week = this.weeks.get(index);
      if (!week) {
        week = this.measure(index * WEEK_MS);
        if (this.weeks.size >= 4096) this.weeks.clear(); // ~80 years of weeks; a bound, not an expected size
        this.weeks.set(index, week);
      }
      // Written only on a miss: storing the week object on every call cost a write barrier per reply.
      this.cachedIndex[line] = index;
      this.cachedWeek[line] = week;
    }
    return ms < week.switchAt ? week.before : week.after;
  }

  /** The calendar date of `ms` here. */
  dateOf(ms: number): CivilDate {
    return Math.floor((ms + this.at(ms)) / DAY_MS);
  }

  private measure(start: number): Week {
    const before = this.slowOffset(start);
    const after = this.slowOffset(start + WEEK_MS);
    if (before === after) return { before, switchAt: Infinity, after };
    // Bisect to the second the offset changes.
    let lo = start;
    let hi = start + WEEK_MS;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.slowOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, switchAt: hi, after };
  }

  /** The offset by Intl: the wall time there, read as if it were UTC, minus the instant. */
  private slowOffset(ms: number): number {
    const whole = ms - (((ms % 1000) + 1000) % 1000);
    const p: Record<string, number> = {};
    for (const part of this.format.formatToParts(whole)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const wall = new Date(Date.UTC(2000, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
    return wall.setUTCFullYear(p.year!) - whole; // setUTCFullYear: Date.UTC reads years 0–99 as 1900s
  }
}

/** Zone names seen, valid (their offsets) or not (null): luxon builds an Intl formatter to decide. */
const zones = new Map<string, ZoneOffsets | null>();
// Most replies in a run share a zone: the last one is kept out of the map.
let lastName: string | null = null;
let lastZone: ZoneOffsets | null = null;

/** The offsets of the zone `tz` names, or null if it names none. */
export function zoneNamed(tz: string): ZoneOffsets | null {
  if (tz === lastName) return lastZone;
  let zone = zones.get(tz);
  if (zone === undefined) {
    zone = IANAZone.create(tz).isValid ? new ZoneOffsets(tz) : null;
    if (zones.size >= 1024) zones.clear();
    zones.set(tz, zone);
  }
  lastName = tz;
  lastZone = zone;
  return zone;
}

/** The calendar date of `ms` in `tz`, a valid zone. */
export function dateIn(ms: number, tz: string): CivilDate {
  const zone = zoneNamed(tz);
  if (zone === null) throw new RangeError(`not a time zone: ${tz}`);
  return zone.dateOf(ms);
}
