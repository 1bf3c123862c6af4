import fc from 'fast-check';
import { isoDate } from '../../src/understand/civil-date.js';
import { dateIn } from '../../src/understand/zone-clock.js';

/** The date Intl gives for `ms` in `tz`: what the offset table must agree with. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlDate(ms: number, tz: string): string {
  let format = formats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(tz, format);
  }
  return format.format(ms);
}

describe('Today in the customer zone, from the per-week offset table', () => {
  it.each([
    ['2026-11-01T03:59:59Z', 'America/New_York', '2026-10-31'],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
    ['2026-03-08T04:59:59Z', 'America/New_York', '2026-03-07'],
    ['2026-03-09T03:59:59Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09'],
    ['2026-12-09T15:59:59Z', 'Asia/Shanghai', '2026-12-09'],
    ['2026-12-09T16:00:00Z', 'Asia/Shanghai', '2026-12-10'],
    ['2026-10-03T13:29:59Z', 'Australia/Lord_Howe', '2026-10-03'],
  ])('Given the instant %s in %s, Then the date there is %s', (iso, tz, want) => {
    expect(isoDate(dateIn(Date.parse(iso), tz))).toBe(want);
  });

  it('Given any instant 1970–2100 in any zone Intl knows, Then the date agrees with Intl', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...zones), (ms, tz) => {
        expect(isoDate(dateIn(ms, tz))).toBe(intlDate(ms, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('Given every quarter hour of 2026 in zones with offset changes (midnight ones too), Then the date agrees with Intl', () => {
    const wrong: string[] = [];
    for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Africa/Casablanca', 'America/Havana']) {
      for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 15 * 60_000) {
        const got = isoDate(dateIn(ms, tz));
        if (got !== intlDate(ms, tz)) wrong.push(`${new Date(ms).toISOString()} ${tz} ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
