import type { Command } from '@commander-js/extra-typings';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { InputError } from '../../errors.js';
import { understand } from '../../understand/index.js';

/** `duebot understand`: JSON lines in, one JSON line out per input line, in order (spec/understanding.md). */
export function registerUnderstand(program: Command): void {
  program
    .command('understand')
    .description('read replies as JSON lines on stdin ({"id","text","now","tz"}); write intent, date and amount as JSON lines')
    .option('--evidence', 'add the spans of text that decided each answer')
    .action(async (options) => {
      try {
        await streamUnderstand(process.stdin, process.stdout, { evidence: options.evidence === true });
      } catch (err) {
        // Only a failing stream gets here; a bad line is answered on its own line.
        process.stderr.write(`error: cannot read standard input: ${(err as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}

export interface UnderstandLineOptions {
  evidence: boolean;
}

const FIELDS = ['text', 'now', 'tz'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The output line for one input line, or null for a blank line (nothing to answer). */
export function answerLine(line: string, lineNo: number, options: UnderstandLineOptions): string | null {
  if (line.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON` });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: `line ${lineNo}: expected a JSON object with text, now and tz` });
  }
  const record = parsed as Record<string, unknown>;
  const id = record.id ?? null;
  for (const field of FIELDS) {
    if (typeof record[field] !== 'string') {
      return JSON.stringify({ id, error: `line ${lineNo}: missing or non-string field "${field}"` });
    }
  }
  // dueDate is context only: a malformed one is ignored rather than costing the answer.
  const dueDate = typeof record.dueDate === 'string' && ISO_DATE.test(record.dueDate) ? record.dueDate : undefined;
  try {
    const r = understand({ text: record.text as string, now: record.now as string, tz: record.tz as string, dueDate });
    return JSON.stringify(
      options.evidence
        ? { id, intent: r.intent, date: r.date, amount: r.amount, evidence: r.evidence }
        : { id, intent: r.intent, date: r.date, amount: r.amount },
    );
  } catch (err) {
    if (err instanceof InputError) return JSON.stringify({ id, error: `line ${lineNo}: ${err.message}` });
    throw err;
  }
}

/** Streams the whole input; output is written once per input chunk, so 100k lines cost a few hundred writes. */
export async function streamUnderstand(input: Readable, output: Writable, options: UnderstandLineOptions): Promise<void> {
  input.setEncoding('utf8');
  let rest = '';
  let lineNo = 0;
  const answer = (lines: string[]): string => {
    let out = '';
    for (const line of lines) {
      lineNo++;
      const answered = answerLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNo, options);
      if (answered !== null) out += answered + '\n';
    }
    return out;
  };
  const write = async (text: string) => {
    if (text !== '' && !output.write(text)) await once(output, 'drain');
  };
  for await (const chunk of input) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() ?? '';
    await write(answer(lines));
  }
  await write(answer(rest === '' ? [] : [rest]));
}
