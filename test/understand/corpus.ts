import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line of shared/corpus/replies-dev.jsonl. */
export interface CorpusLine {
  id: string;
  lang: string;
  text: string;
  now: string;
  tz: string;
  dueDate?: string;
  expect: { intent: string; date: string | null; amount: number | null };
}

/** The corpus lives beside the repository (../shared), both in the main tree and in CI clones. */
export const corpusPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/replies-dev.jsonl');

export function readCorpus(): CorpusLine[] {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine);
}
