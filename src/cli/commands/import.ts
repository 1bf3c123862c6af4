import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { InputError } from '../../errors.js';
import { importCsv, formatRowError, type ImportSummary } from '../../runtime/import/index.js';
import { openRedisSession } from '../redis-session.js';
import { progressReporter } from '../import-progress.js';

export function summaryLine(s: ImportSummary): string {
  const extra = [s.updated && `${s.updated} updated`, s.unchanged && `${s.unchanged} unchanged`, s.rejected && `${s.rejected} rejected`].filter(Boolean);
  return `imported ${s.imported} ${plural(s.imported, 'invoice')} for ${s.customers} ${plural(s.customers, 'customer')}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

function defaultRejectPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.rejected.csv`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import invoices with their customers and chats from a CSV (UTF-8 or GB18030, English or Chinese headers)')
    .argument('<file>', 'the CSV file')
    .option('--skip-bad', 'import the good rows and write the bad ones to a reject file')
    .option('--reject-file <path>', 'where --skip-bad writes the bad rows (default: <file>.rejected.csv)')
    .option('--json', 'print the summary as one JSON line')
    .action(async (file, opts) => {
      let input: Buffer;
      try {
        input = readFileSync(file);
      } catch (err) {
        throw new InputError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'file');
      }
      const session = await openRedisSession();
      const progress = progressReporter();
      try {
        const result = await importCsv(input, {
          runtime: session,
          skipBad: !!opts.skipBad,
          defaults: { timezone: session.config.DUEBOT_TZ, language: session.config.DUEBOT_LANG },
          onProgress: progress.onProgress,
        });
        progress.stop();
        if (result.refused) {
          for (const e of result.errors) process.stderr.write(`${formatRowError(e)}\n`);
          const n = result.summary.rejected;
          throw new InputError(`${file} refused: ${n} bad ${n === 1 ? 'row' : 'rows'}, nothing imported (fix them, or use --skip-bad to import the good rows)`);
        }
        if (result.rejectCsv) {
          const path = opts.rejectFile ?? defaultRejectPath(file);
          writeFileSync(path, result.rejectCsv);
          for (const e of result.errors) process.stderr.write(`${formatRowError(e)}\n`);
          process.stderr.write(`${result.summary.rejected} bad rows written to ${path}\n`);
        }
        process.stdout.write(`${opts.json ? JSON.stringify(result.summary) : summaryLine(result.summary)}\n`);
      } finally {
        progress.stop();
        await session.close();
      }
    });
}
