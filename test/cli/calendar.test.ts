import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and returns what it printed and the exit code it set. */
async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    await main(['node', 'duebot', ...args]);
    return { out, err, code: Number(process.exitCode ?? 0) };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = 0;
  }
}

describe('duebot calendar <date>', () => {
  const savedTz = process.env.DUEBOT_TZ;
  beforeEach(() => delete process.env.DUEBOT_TZ);
  afterAll(() => (savedTz === undefined ? delete process.env.DUEBOT_TZ : (process.env.DUEBOT_TZ = savedTz)));

  test('Given the make-up Saturday 2026-10-10, When asked with --json, Then one line says it is a working day and why', async () => {
    const { out, code } = await run('calendar', '2026-10-10', '--json');
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(2);
    expect(JSON.parse(out)).toEqual({
      date: '2026-10-10',
      tz: 'Asia/Shanghai',
      workingDay: true,
      reason: 'make-up workday (调休) for National Day 国庆节, Saturday',
      confirmed: true,
      nextSlot: '2026-10-10T09:00:00+08:00',
    });
    expect(Object.keys(JSON.parse(out))).toEqual(['date', 'tz', 'workingDay', 'reason', 'confirmed', 'nextSlot']);
  });

  test('Given National Day, When asked, Then a readable line names the holiday and the next slot is after the break', async () => {
    const { out } = await run('calendar', '2026-10-03');
    expect(out).toBe('2026-10-03 in Asia/Shanghai: day off — National Day 国庆节 holiday\nnext working slot: 2026-10-08T09:00:00+08:00\n');
  });

  test('Given 除夕 2027, When asked, Then it is a day off from the computed fallback, marked unconfirmed', async () => {
    const json = JSON.parse((await run('calendar', '2027-02-05', '--json')).out);
    expect(json).toMatchObject({ workingDay: false, confirmed: false, nextSlot: '2027-02-09T09:00:00+08:00' });
    expect((await run('calendar', '2027-02-05')).out).toMatch(/note: Chinese holidays for 2027 are computed/);
  });

  test('Given --tz America/New_York, When asked about the spring-forward Sunday, Then weekends only, and the slot is in EDT', async () => {
    expect(JSON.parse((await run('calendar', '2026-03-08', '--tz', 'America/New_York', '--json')).out)).toEqual({
      date: '2026-03-08', tz: 'America/New_York', workingDay: false, reason: 'weekend (Sunday)', confirmed: true, nextSlot: '2026-03-09T09:00:00-04:00',
    });
  });

  test('Given DUEBOT_TZ and no --tz, When asked, Then DUEBOT_TZ is the zone', async () => {
    process.env.DUEBOT_TZ = 'Europe/London';
    expect(JSON.parse((await run('calendar', '2026-10-01', '--json')).out)).toMatchObject({ tz: 'Europe/London', workingDay: true });
  });

  test.each([
    [['calendar', '2026-02-30'], 'error: date "2026-02-30" is not a real calendar date\n'],
    [['calendar', '10/10/2026', '--json'], 'error: date "10/10/2026" is not a date as YYYY-MM-DD\n'],
    [['calendar', '2026-10-10', '--tz', 'Mars/Base'], 'error: --tz "Mars/Base" is not an IANA time zone such as Asia/Shanghai\n'],
  ])('Given bad input %j, When run, Then one error line naming it and a non-zero exit', async (args, message) => {
    const { out, err, code } = await run(...args);
    expect(out).toBe('');
    expect(err).toBe(message);
    expect(code).not.toBe(0);
  });

  test('Given a bad DUEBOT_TZ, When run without --tz, Then the error names DUEBOT_TZ', async () => {
    process.env.DUEBOT_TZ = 'Nowhere/Town';
    expect((await run('calendar', '2026-10-10')).err).toBe('error: DUEBOT_TZ "Nowhere/Town" is not an IANA time zone such as Asia/Shanghai\n');
  });
});

describe('Given a server whose own zone is west of UTC, When the built CLI runs there, Then Shanghai dates do not shift a day', () => {
  test('TZ=America/New_York still sees 2026-10-10 as the make-up workday and 2027-04-05 as 清明', () => {
    const ask = (date: string) => {
      const r = spawnSync(process.execPath, ['bin/duebot.js', 'calendar', date, '--json'], {
        env: { ...process.env, TZ: 'America/New_York', DUEBOT_TZ: '' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { workingDay: boolean; reason: string };
    };
    expect(ask('2026-10-10')).toMatchObject({ workingDay: true, reason: expect.stringMatching(/make-up workday/) });
    expect(ask('2026-10-09')).toMatchObject({ workingDay: true, reason: 'working day (Friday)' });
    expect(ask('2027-04-05')).toMatchObject({ workingDay: false, reason: expect.stringMatching(/清明/) });
    expect(ask('2027-02-05')).toMatchObject({ workingDay: false, reason: expect.stringMatching(/春节/) });
  });
});
