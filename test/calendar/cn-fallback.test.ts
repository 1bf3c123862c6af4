import cd from 'chinese-days';
import { Writable } from 'node:stream';
import {
  cnDay, computedHolidays, dayInfo, lastPublishedYear, lunarNewYear, parseOverrides, qingming, sendSlot,
  type CalendarWarning,
} from '../../src/calendar/index.js';
import { logCalendarWarningOnce } from '../../src/calendar/warn-once.js';
import { InputError } from '../../src/errors.js';
import { createLogger, setLogger } from '../../src/logger.js';

describe('Given a year chinese-days does not publish, When asking about Spring Festival 2027, Then the computed statutory days apply, unconfirmed', () => {
  test('the package really stops at 2026 (if this fails, the package was updated: drop the 2027 expectations below)', () => {
    expect(lastPublishedYear).toBe(2026);
  });

  test.each([
    ['2027-02-04', true, /working day \(Thursday\)/],
    ['2027-02-05', false, /Spring Festival 春节 holiday; 2027 CN holidays computed, unconfirmed/],
    ['2027-02-06', false, /Spring Festival/],
    ['2027-02-08', false, /Spring Festival/],
    ['2027-02-09', true, /working day \(Tuesday\)/],
  ])('%s → working %s', (date, working, reason) => {
    const info = dayInfo(date, 'CN');
    expect(info).toMatchObject({ workingDay: working, confirmed: false });
    expect(info.reason).toMatch(reason);
  });

  test('除夕 2027 is 5 Feb, the day before 正月初一, per the package\'s lunar conversion', () => {
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect(cd.getLunarDate(new Date(2027, 1, 5))).toMatchObject({ lunarMon: 12, lunarDay: 29 });
  });

  test('the 2027 statutory days are the 13 the rules name', () => {
    expect([...computedHolidays(2027).keys()].sort()).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05',
      '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
    expect(qingming(2027)).toBe('2027-04-05');
  });

  test.each([2025, 2026])('the computation agrees with the published %i schedule: every computed day is a published day off', (year) => {
    for (const date of computedHolidays(year).keys()) expect([date, cnDay(date).kind]).toEqual([date, 'holiday']);
  });
});

describe('Given the project override file, When a year is filed there, Then it replaces the computed fallback', () => {
  const overrides = parseOverrides({
    years: { '2027': { source: 'test', holidays: { '2027-02-05': 'Spring Festival,春节' }, workdays: { '2027-02-20': 'Spring Festival,春节' } } },
  });

  test('a filed make-up Saturday is worked and confirmed', () => {
    expect(cnDay('2027-02-20', overrides)).toEqual({ kind: 'makeUpWorkday', name: 'Spring Festival,春节', inLieu: false, confirmed: true });
  });
  test('a day not filed is plain, even one the fallback would call a holiday', () => {
    expect(cnDay('2027-02-08', overrides)).toMatchObject({ kind: 'plain', confirmed: true });
  });
  test('a date filed under the wrong year, or a bad shape, is an InputError naming it', () => {
    expect(() => parseOverrides({ years: { '2027': { source: 's', holidays: { '2028-01-01': 'x' } } } })).toThrow(/2028-01-01 is filed under 2027/);
    expect(() => parseOverrides({ years: { '2027': { holidays: {} } } })).toThrow(InputError);
  });
});

describe('Given a send on an unconfirmed day, When placed, Then a warning is reported, and the logging wrapper logs it once', () => {
  test('sendSlot calls onWarning for a 2027 CN slot', () => {
    const warnings: CalendarWarning[] = [];
    const r = sendSlot(
      { id: 'pre-1', dueDate: '2027-02-10', offsetDays: -1 },
      { id: 'c', timezone: 'Asia/Shanghai', holidayCalendar: 'CN' },
      [],
      { now: '2027-01-20T10:00:00+08:00', onWarning: (w) => warnings.push(w) },
    );
    expect(r).toMatchObject({ ok: true, localDate: '2027-02-09' });
    expect(warnings).toEqual([expect.objectContaining({ code: 'CN_YEAR_UNCONFIRMED', year: 2027 })]);
  });

  test('logCalendarWarningOnce writes one line however often it is called', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    setLogger(createLogger({ level: 'warn', destination: sink }));
    const w: CalendarWarning = { code: 'CN_YEAR_UNCONFIRMED', year: 2031, message: 'computed' };
    logCalendarWarningOnce(w);
    logCalendarWarningOnce(w);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', year: 2031, msg: 'computed' });
  });
});
