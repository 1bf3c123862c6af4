/**
 * Benchmark: duebot's understand() against chrono-node on the dev corpus repeated to 100k replies.
 * Prints median µs per reply, replies/s and date accuracy for both, side by side, and the speed ratio.
 * Run: npm run build && node dist/bench/understand.js [corpus.jsonl] [replies]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { understand } from '../src/understand/index.js';

interface Line {
  id: string;
  lang: string;
  text: string;
  now: string;
  tz: string;
  dueDate?: string;
  expect: { intent: string; date: string | null; amount: number | null };
}

interface Tool {
  name: string;
  /** The date the tool reads from the line, 'YYYY-MM-DD' or null. */
  date(line: Line): string | null;
}

interface Figures {
  medianUs: number;
  repliesPerSecond: number;
  dateAccuracy: number;
}

/** The corpus sits in shared/ beside the repository; look upward from this file (src or dist). */
function defaultCorpus(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, '..', 'shared', 'corpus', 'replies-dev.jsonl');
    if (existsSync(candidate)) return resolve(candidate);
    dir = dirname(dir);
  }
  throw new Error('replies-dev.jsonl not found beside the repository; pass its path as the first argument');
}

const duebot: Tool = {
  name: 'duebot',
  date: (l) => understand({ text: l.text, now: l.now, tz: l.tz, dueDate: l.dueDate }).date,
};

/**
 * chrono-node with the reply's instant and the zone's offset at that instant (minutes), the zh parser for
 * zh and mixed lines. Its answer is printed as a date by arithmetic in that same offset, not by luxon:
 * a luxon DateTime per reply would bill chrono for a few µs that are not chrono's.
 */
function chronoTool(): Tool {
  const offsets = new Map<string, number>();
  const offsetOf = (l: Line) => {
    const key = `${l.now}|${l.tz}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = DateTime.fromISO(l.now, { zone: l.tz }).offset;
      offsets.set(key, offset);
    }
    return offset;
  };
  return {
    name: 'chrono-node',
    date: (l) => {
      const parser = l.lang === 'en' ? chrono.en.casual : chrono.zh.casual;
      const offset = offsetOf(l);
      const found = parser.parseDate(l.text, { instant: new Date(l.now), timezone: offset });
      return found ? new Date(found.getTime() + offset * 60_000).toISOString().slice(0, 10) : null;
    },
  };
}

/**
 * A timing loop of its own for one tool: a loop shared by both tools would make its call site see two
 * functions, and that alone adds most of a microsecond to a call of duebot's size.
 */
function timerFor(date: (line: Line) => string | null) {
  return new Function('date', 'hrtime', `
    return function time(corpus, from, count, times) {
      for (let i = from; i < from + count; i++) {
        const line = corpus[i % corpus.length];
        const t0 = hrtime();
        date(line);
        times[i] = Number(hrtime() - t0) / 1000;
      }
    };`)(date, process.hrtime.bigint) as (corpus: Line[], from: number, count: number, times: Float64Array) => void;
}

const BLOCK = 5_000;

/**
 * Both tools, measured in alternating blocks of BLOCK replies: a shared machine slows down and speeds up
 * over seconds, and measuring one tool after the other let such a phase land on one tool only (a quiet
 * machine's 8× read as 12× in one run). Each tool first runs the replies once unmeasured, so both are
 * measured at their steady, optimised speed.
 */
function measureBoth(tools: Tool[], corpus: Line[], replies: number): Figures[] {
  const timers = tools.map((tool) => timerFor(tool.date));
  const times = tools.map(() => new Float64Array(replies));
  tools.forEach((_, k) => timers[k]!(corpus, 0, replies, times[k]!)); // warm-up
  const seconds = tools.map(() => 0);
  for (let from = 0, block = 0; from < replies; from += BLOCK, block++) {
    const count = Math.min(BLOCK, replies - from);
    for (let j = 0; j < tools.length; j++) {
      const k = block % 2 === 0 ? j : tools.length - 1 - j; // alternate who goes first
      const started = process.hrtime.bigint();
      timers[k]!(corpus, from, count, times[k]!);
      seconds[k]! += Number(process.hrtime.bigint() - started) / 1e9;
    }
  }
  return tools.map((tool, k) => {
    let right = 0;
    for (const line of corpus) if (tool.date(line) === line.expect.date) right++;
    const sorted = times[k]!.sort();
    return { medianUs: sorted[Math.floor(replies / 2)]!, repliesPerSecond: replies / seconds[k]!, dateAccuracy: right / corpus.length };
  });
}

export function run(corpusPath = defaultCorpus(), replies = 100_000): void {
  const corpus = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
  let fullyRight = 0;
  for (const l of corpus) {
    const r = understand({ text: l.text, now: l.now, tz: l.tz, dueDate: l.dueDate });
    if (r.intent === l.expect.intent && r.date === l.expect.date && r.amount === l.expect.amount) fullyRight++;
  }
  const [ours, theirs] = measureBoth([duebot, chronoTool()], corpus, replies) as [Figures, Figures];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows = [
    ['', 'duebot', 'chrono-node'],
    ['median µs/reply', ours.medianUs.toFixed(2), theirs.medianUs.toFixed(2)],
    ['replies/s', Math.round(ours.repliesPerSecond).toLocaleString('en'), Math.round(theirs.repliesPerSecond).toLocaleString('en')],
    ['date accuracy (dev corpus)', pct(ours.dateAccuracy), pct(theirs.dateAccuracy)],
  ];
  console.log(`understand benchmark: ${corpus.length} dev replies repeated to ${replies.toLocaleString('en')}, the two tools in alternating blocks of ${BLOCK.toLocaleString('en')}`);
  for (const [a, b, c] of rows) console.log(`${a!.padEnd(28)}${b!.padStart(12)}${c!.padStart(14)}`);
  console.log(`speed ratio (chrono median / duebot median): ${(theirs.medianUs / ours.medianUs).toFixed(1)}×`);
  console.log(`throughput ratio (duebot / chrono replies/s): ${(ours.repliesPerSecond / theirs.repliesPerSecond).toFixed(1)}×`);
  console.log(`duebot fully right (intent, date, amount): ${fullyRight}/${corpus.length} (${pct(fullyRight / corpus.length)})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv[2] ?? defaultCorpus(), process.argv[3] ? Number(process.argv[3]) : 100_000);
}
