import cd from 'chinese-days';
import { DateTime } from 'luxon';
import { addWorkingDays, dayInfo, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../src/calendar/index.js';
import { InputError } from '../../src/errors.js';

/** chinese-days reads Dates with local getters, so a local-midnight Date is the host-zone-proof way to ask it. */
const packageSaysWorkday = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return cd.isWorkday(new Date(y, m - 1, d));
};

describe('Given the CN calendar, When asking about National Day 2026, Then days off and make-up workdays match the State Council schedule', () => {
  test.each([
    ['2026-09-20', true, /make-up workday \(调休\) for National Day 国庆节, Sunday/],
    ['2026-09-30', true, /working day \(Wednesday\)/],
    ['2026-10-01', false, /National Day 国庆节 holiday/],
    ['2026-10-03', false, /National Day 国庆节 holiday/],
    ['2026-10-06', false, /National Day 国庆节 holiday, in lieu of a worked weekend \(调休\)/],
    ['2026-10-07', false, /National Day 国庆节 holiday/],
    ['2026-10-08', true, /working day \(Thursday\)/],
    ['2026-10-09', true, /working day \(Friday\)/],
    ['2026-10-10', true, /make-up workday \(调休\) for National Day 国庆节, Saturday/],
    ['2026-10-11', false, /weekend \(Sunday\)/],
  ])('%s → working %s', (date, working, reason) => {
    const info = dayInfo(date, 'CN');
    expect(info).toMatchObject({ date, workingDay: working, confirmed: true });
    expect(info.reason).toMatch(reason);
    expect(info.workingDay).toBe(packageSaysWorkday(date));
  });
});

describe('Given the CN calendar, When asking about Spring Festival 2026, Then 15–23 Feb are off and 14 and 28 Feb are worked', () => {
  test.each([
    ['2026-02-13', true],
    ['2026-02-14', true],
    ['2026-02-15', false],
    ['2026-02-16', false],
    ['2026-02-17', false],
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
  ])('%s → working %s', (date, working) => {
    expect(dayInfo(date, 'CN').workingDay).toBe(working);
    expect(packageSaysWorkday(date)).toBe(working);
  });

  test('every day of 2026 agrees with chinese-days', () => {
    for (let d = DateTime.utc(2026, 1, 1); d.year === 2026; d = d.plus({ days: 1 })) {
      const date = d.toISODate()!;
      expect([date, dayInfo(date, 'CN').workingDay]).toEqual([date, packageSaysWorkday(date)]);
    }
  });
});

describe('Given no holiday calendar, When asking about a date, Then only weekends are off', () => {
  test.each([
    ['2026-10-01', true, 'working day (Thursday)'],
    ['2026-10-10', false, 'weekend (Saturday)'],
    ['2026-12-25', true, 'working day (Friday)'],
  ])('%s → working %s', (date, working, reason) => {
    expect(dayInfo(date, 'none')).toEqual({ date, workingDay: working, reason, confirmed: true });
  });
});

describe('Given a date or an instant, When isWorkingDay is asked, Then the instant is read in the zone given', () => {
  test('an instant late on 9 Oct in New York is already the make-up Saturday 10 Oct in Shanghai', () => {
    expect(isWorkingDay('2026-10-09T20:00:00-04:00', 'CN', 'Asia/Shanghai')).toMatchObject({ date: '2026-10-10', workingDay: true });
  });
  test('the same instant is a Friday in New York', () => {
    expect(isWorkingDay('2026-10-09T20:00:00-04:00', 'none', 'America/New_York')).toMatchObject({ date: '2026-10-09', workingDay: true });
  });
  test('a malformed date is an InputError naming it', () => {
    expect(() => isWorkingDay('2026-13-01', 'CN')).toThrow(InputError);
    expect(() => dayInfo('2026-02-30', 'CN')).toThrow(/2026-02-30/);
  });
});

describe('Given working-day arithmetic, When crossing holidays, month and year ends, Then holidays and weekends are skipped', () => {
  test.each([
    ['2026-09-30', 1, 'CN', '2026-10-08'],
    ['2026-10-08', -1, 'CN', '2026-09-30'],
    ['2026-10-09', 1, 'CN', '2026-10-10'],
    ['2026-01-30', 1, 'none', '2026-02-02'],
    ['2026-02-13', 2, 'CN', '2026-02-24'],
    ['2026-12-31', 1, 'CN', '2027-01-04'],
    ['2026-12-31', 1, 'none', '2027-01-01'],
    ['2027-01-04', -1, 'CN', '2026-12-31'],
    ['2026-10-03', 0, 'CN', '2026-10-08'],
    ['2026-10-08', 0, 'CN', '2026-10-08'],
    ['2026-10-08', 5, 'CN', '2026-10-14'],
  ] as const)('%s %+d working days (%s) → %s', (date, n, kind, expected) => {
    expect(addWorkingDays(date, n, kind)).toBe(expected);
  });

  test('next and previous working day are exclusive unless asked to include the day itself', () => {
    expect(nextWorkingDay('2026-10-08', 'CN')).toBe('2026-10-09');
    expect(nextWorkingDay('2026-10-08', 'CN', true)).toBe('2026-10-08');
    expect(previousWorkingDay('2026-10-01', 'CN')).toBe('2026-09-30');
    expect(previousWorkingDay('2026-03-01', 'none', true)).toBe('2026-02-27');
  });
});
