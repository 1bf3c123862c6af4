import type { Command } from '@commander-js/extra-typings';
import { Option } from '@commander-js/extra-typings';
import { InputError } from '../../errors.js';
import { evidenceRows, EVIDENCE_COLUMNS, type EvidenceFormat } from '../../runtime/evidence.js';
import { csvCell } from '../../runtime/import/reject.js';
import { openRedisSession } from '../redis-session.js';

export function registerExport(program: Command): void {
  const exp = program.command('export').description('export records for people outside duebot');
  exp
    .command('evidence')
    .description("a customer's full contact history, oldest first: every message in and out, state change and staff action")
    .requiredOption('--customer <id>', 'customer id')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv'] as const).default('jsonl' as const))
    .action(async (opts) => {
      const session = await openRedisSession();
      try {
        if (!(await session.store.customers.get(opts.customer))) throw new InputError(`no customer ${opts.customer}`, 'customer');
        await writeEvidence(session.store, opts.customer, opts.format, (s) => write(s));
      } finally {
        await session.close();
      }
    });
}

/** Waits for stdout to drain so a long history piped into a file is not held in memory. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(s) ? resolve() : process.stdout.once('drain', resolve)));
}

async function writeEvidence(store: Parameters<typeof evidenceRows>[0], customerId: string, format: EvidenceFormat, out: (s: string) => Promise<void>): Promise<void> {
  if (format === 'csv') await out(`${EVIDENCE_COLUMNS.join(',')}\r\n`);
  for await (const row of evidenceRows(store, customerId)) {
    await out(format === 'csv' ? `${EVIDENCE_COLUMNS.map((c) => csvCell(String(row[c] ?? ''))).join(',')}\r\n` : `${JSON.stringify(row)}\n`);
  }
}
