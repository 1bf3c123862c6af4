import fc from 'fast-check';
import { clonePlain } from '../../src/engine/clone.js';
import { addDays, instantMillis, localDateOfMs, parseInstant } from '../../src/calendar/local-date.js';
import { localDate } from '../../src/engine/timing.js';
import { localInstant, localInstantMs } from '../../src/calendar/working-hours.js';
import { DateTime } from 'luxon';

describe('engine state copies', () => {
  test('Given any JSON-like state, When copied, Then the copy equals it and shares no object with it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const copy = clonePlain(v);
        expect(copy).toEqual(v);
        if (v !== null && typeof v === 'object') expect(copy).not.toBe(v);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('local dates by arithmetic', () => {
  test('Given any instant from 1900 to 2200, When its local date is taken in several zones, Then it matches luxon', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
        expect(localDateOfMs(ms, tz)).toBe(DateTime.fromMillis(ms, { zone: tz }).toISODate());
        const iso = new Date(ms).toISOString();
        expect(localDate(iso, tz)).toBe(DateTime.fromISO(iso, { setZone: true }).setZone(tz).toISODate());
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  test('Given dates across leap years and centuries, When days are added, Then the calendar matches Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const from = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(addDays(from, k)).toBe(new Date((n + k) * 86400000).toISOString().slice(0, 10));
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});

describe('instants read the fast way', () => {
  const read = (s: string) => {
    try {
      return instantMillis(s, 'at');
    } catch (err) {
      return (err as Error).message;
    }
  };
  const slow = (s: string) => {
    try {
      return parseInstant(s, 'at').toMillis();
    } catch (err) {
      return (err as Error).message;
    }
  };
  test('Given instants with fields in and out of range, When read, Then the answer (or the error) is the one luxon gives', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const instant = fc
      .tuple(fc.integer({ min: 1900, max: 2200 }), two(14), two(33), two(25), two(61), two(61), fc.constantFrom('', '.5', '.123'), fc.constantFrom('Z', '+08:00', '-05:30', '+25:00', '+08:75', '+0800', ''))
      .map(([y, mo, d, h, mi, s, frac, off]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${off}`);
    fc.assert(
      fc.property(instant, (s) => {
        expect(read(s)).toEqual(slow(s));
      }),
      { seed: 17, numRuns: 5000 },
    );
    for (const s of ['2026-02-30T10:00:00Z', '2026-12-01T24:00:00Z', '2028-02-29T23:59:59.999+08:00', 'not a date']) expect(read(s)).toEqual(slow(s));
  });
});

describe('working-day instants without luxon objects', () => {
  test('Given dates across DST changes and working minutes, When the instant is computed, Then it is the one luxon gives', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 86400000, max: Date.UTC(2040, 0, 1) / 86400000 }), fc.integer({ min: 8 * 60, max: 21 * 60 }), fc.constantFrom(...zones), (day, minute, tz) => {
        const date = new Date(day * 86400000).toISOString().slice(0, 10);
        expect(localInstantMs(date, minute, tz)).toBe(localInstant(date, minute, tz).toMillis());
      }),
      { seed: 19, numRuns: 5000 },
    );
  });
});
