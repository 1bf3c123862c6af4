import type { Command } from '@commander-js/extra-typings';
import { dayInfo, nextSlot, unconfirmedMessage, type DayInfo } from '../../calendar/index.js';
import { defaultHolidayCalendar } from '../../domain/index.js';
import { InputError } from '../../errors.js';
import { IANAZone } from 'luxon';

export interface CalendarReport extends DayInfo {
  tz: string;
  nextSlot: string;
}

/** What `duebot calendar` says about a date in a zone, with the zone's default holiday calendar and hours. */
export function calendarReport(date: string, tz: string): CalendarReport {
  const kind = defaultHolidayCalendar(tz);
  const info = dayInfo(date, kind);
  const slot = nextSlot(date, { timezone: tz, holidayCalendar: kind });
  return { date: info.date, tz, workingDay: info.workingDay, reason: info.reason, confirmed: info.confirmed, nextSlot: slot };
}

/** --tz wins, then DUEBOT_TZ, then Asia/Shanghai; whichever is used must be a real zone, named in the error. */
function chooseZone(flag: string | undefined): string {
  const [tz, source] = flag !== undefined ? [flag, '--tz'] : process.env.DUEBOT_TZ ? [process.env.DUEBOT_TZ, 'DUEBOT_TZ'] : ['Asia/Shanghai', 'default'];
  if (!IANAZone.isValidZone(tz)) throw new InputError(`${source} "${tz}" is not an IANA time zone such as Asia/Shanghai`, source);
  return tz;
}

export function registerCalendar(program: Command): void {
  program
    .command('calendar')
    .description('Whether a day is a working day for customers in a zone, why, and the next working slot.')
    .argument('<date>', 'a date as YYYY-MM-DD')
    .option('--tz <zone>', 'IANA time zone (default: DUEBOT_TZ or Asia/Shanghai)')
    .option('--json', 'print one JSON line')
    .action((date, opts) => {
      const report = calendarReport(date, chooseZone(opts.tz));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const verdict = report.workingDay ? 'working day' : 'day off';
      const lines = [`${report.date} in ${report.tz}: ${verdict} — ${report.reason}`, `next working slot: ${report.nextSlot}`];
      if (!report.confirmed) lines.push(`note: ${unconfirmedMessage(Number(report.date.slice(0, 4)))}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
