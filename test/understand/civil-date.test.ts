import fc from 'fast-check';
import { civil, isoDate, ymd } from '../../src/understand/civil-date.js';

const DAY_MS = 86_400_000;

describe('Civil dates by arithmetic agree with Date', () => {
  it('Given any year, month and day, even out of range, Then civil() is Date.UTC in days (years 0–99 as 19xx too)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 10_050 }), fc.integer({ min: -14, max: 27 }), fc.integer({ min: -40, max: 400 }), (y, m, d) => {
        expect(civil(y, m, d)).toBe(Math.floor(Date.UTC(y, m - 1, d) / DAY_MS));
      }),
      { numRuns: 5000 },
    );
  });

  it('Given any day count, Then ymd() and isoDate() are what Date prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (d) => {
        const date = new Date(d * DAY_MS);
        expect(ymd(d)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(isoDate(d)).toBe(date.toISOString().slice(0, 10));
      }),
      { numRuns: 5000 },
    );
  });
});
