import fc from 'fast-check';
import { civil } from '../../src/understand/civil-date.js';
import { fastDate, fastInstant } from '../../src/understand/iso-fast.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('Hand-read clock arguments agree with Date.parse, or step aside', () => {
  it('Given any instant string of the everyday shape, fields in or out of range, Then it is Date.parse or NaN', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })),
        fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })),
        fc.constantFrom('Z', 'z', '+', '-'),
        fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })),
        fc.constantFrom('T', 't'),
        ([y, mo, d], [h, mi, s], sign, [oh, om], t) => {
          const zone = sign === 'Z' || sign === 'z' ? sign : `${sign}${pad(oh, 2)}:${pad(om, 2)}`;
          const iso = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${t}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${zone}`;
          const fast = fastInstant(iso);
          if (!Number.isNaN(fast)) expect(fast).toBe(Date.parse(iso));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each(['2026-12-09T10:00:00+08:00', '2027-01-28T23:59:59Z', '2026-03-08T01:30:00-05:00'])('Given %s, Then it is read by hand', (iso) => {
    expect(fastInstant(iso)).toBe(Date.parse(iso));
  });

  it.each(['2026-02-30T10:00:00Z', '2026-12-09T24:00:00Z', '2026-12-09T10:00:00+2400', '2026-12-09T10:00+08:00', '0099-01-01T00:00:00Z', '2026-12-09 10:00:00Z'])(
    'Given the unusual %s, Then it is left to the general reader',
    (iso) => expect(fastInstant(iso)).toBeNaN(),
  );

  it('Given due dates, Then only real days of years 1000–9999 are read by hand', () => {
    expect(fastDate('2026-12-31')).toBe(civil(2026, 12, 31));
    expect(fastDate('2024-02-29')).toBe(civil(2024, 2, 29));
    for (const odd of ['2026-02-30', '2025-02-29', '0999-01-01', '2026-13-01', '2026-1-01', '2026/12/31']) expect(fastDate(odd)).toBeNull();
  });

  it('Given any real day of years 1000–9999, Then the hand count is civil()', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        if (new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === iso) expect(fastDate(iso)).toBe(civil(y, m, d));
        else expect(fastDate(iso)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });
});
