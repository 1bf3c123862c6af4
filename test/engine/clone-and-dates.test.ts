import fc from 'fast-check';
import { clonePlain } from '../../src/engine/clone.js';
import { addDays, localDateOfMs } from '../../src/calendar/local-date.js';
import { localDate } from '../../src/engine/timing.js';
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
