import { Command } from '@commander-js/extra-typings';
import { DuebotError } from '../errors.js';
import { version } from '../version.js';
import { registerStart } from './commands/start.js';
import { registerCalendar } from './commands/calendar.js';
import { registerDemo } from './commands/demo.js';
import { registerReport } from './commands/report.js';
import { registerFlows } from './commands/flows.js';
import { registerUnderstand } from './commands/understand.js';
import { registerSimulate } from './commands/simulate.js';
import { registerImport } from './commands/import.js';
import { registerExport } from './commands/export.js';

/** Each command lives in its own file under commands/ and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('duebot')
    .description('Collects receivables politely: reminders, promises and escalations in the chats customers already use.')
    .version(version, '-V, --version');
  registerStart(program);
  registerCalendar(program);
  registerDemo(program);
  registerReport(program);
  registerFlows(program);
  registerUnderstand(program);
  registerSimulate(program);
  registerImport(program);
  registerExport(program);
  return program;
}

/** User mistakes print one `error:` line and exit non-zero; only real bugs show a stack. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof DuebotError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exitCode = process.exitCode || 1;
      return;
    }
    throw err;
  }
}
