import type { Command } from '@commander-js/extra-typings';
import { DateTime } from 'luxon';
import type { Customer } from '../../domain/customer.js';
import { loadPlaybook } from '../../engine/playbook/load.js';
import { stepDates } from '../../engine/timeline.js';
import type { Playbook } from '../../engine/types.js';

const SAMPLE: Customer = { id: 'SAMPLE', name: '华东贸易', contacts: [], language: 'zh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN' };
const SAMPLE_DUE = '2026-12-04';

/** The step timeline of a playbook for a sample invoice, as `flows check` prints it. */
export function playbookReport(pb: Playbook): string {
  const from = DateTime.fromISO('2026-11-01T09:00', { zone: SAMPLE.timezone }).toISO()!;
  const lines = [
    `${pb.source}: ok — playbook "${pb.name}", ${pb.steps.length} steps, ${pb.compiled.names().length} templates in zh and en`,
    `timeline for a sample invoice due ${SAMPLE_DUE} (Fri), customer in ${SAMPLE.timezone} (CN holidays), no replies:`,
  ];
  for (const p of stepDates(pb, SAMPLE, SAMPLE_DUE, from)) {
    const offset = p.step.offset > 0 ? `+${p.step.offset}d` : `${p.step.offset}d`;
    const what = [
      p.step.template ? `${p.step.template} (${p.step.tone})` : 'no message',
      p.step.approval ? 'draft for approval' : '',
      p.step.alert ? `alert ${p.step.alert}` : '',
    ].filter(Boolean);
    const at = p.at ? DateTime.fromISO(p.at, { setZone: true }).toFormat('yyyy-LL-dd ccc HH:mm') : `not sent: ${p.reason}`;
    lines.push(`  ${offset.padStart(4)}  ${p.step.id.padEnd(12)} ${at.padEnd(22)} ${what.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerFlows(program: Command): void {
  const flows = program.command('flows').description('Playbooks: the steps, rules and message templates the bot follows.');
  flows
    .command('check')
    .description('Validate a playbook and its templates and print its timeline for a sample invoice.')
    .argument('[file]', 'playbook file', 'flows/standard.yaml')
    .action((file) => {
      process.stdout.write(playbookReport(loadPlaybook(file)));
    });
}
