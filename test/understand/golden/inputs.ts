import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { readCorpus } from '../corpus.js';

/**
 * The inputs of the golden file: every dev-corpus line, every string in the understand test tables, and a
 * few thousand deterministic variants (other instants, zones, due dates, and small mutations of the text).
 * Only used to (re)write golden.jsonl; the check itself reads the inputs back from that file.
 */
export interface GoldenInput {
  text: unknown;
  now: unknown;
  tz: unknown;
  dueDate?: unknown;
}

const here = dirname(fileURLToPath(import.meta.url));

/** mulberry32: small, fixed-seed, the same stream on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** String literals of the test files that concern understand: the phrasings of their tables. */
function testPhrasings(): string[] {
  const files = readdirSync(join(here, '..'))
    .filter((f) => f.endsWith('.test.ts') && f !== 'golden.test.ts')
    .map((f) => join(here, '..', f));
  files.push(join(here, '../../engine/replies.test.ts'));
  const out = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.trim() !== '') out.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...out].sort();
}

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Auckland', 'Asia/Singapore', 'America/Los_Angeles', 'UTC'];

const TRADITIONAL: Record<string, string> = {
  礼: '禮', 周: '週', 号: '號', 后: '後', 个: '個', 这: '這', 钱: '錢', 账: '賬', 转: '轉', 汇: '匯', 发: '發', 单: '單',
  还: '還', 几: '幾', 给: '給', 会: '會', 时: '時', 间: '間', 过: '過', 问: '問', 题: '題', 货: '貨', 开: '開', 两: '兩', 万: '萬',
};
const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const toFullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const toFullWidthAscii = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toTraditional = (s: string) => s.replace(/./gu, (c) => TRADITIONAL[c] ?? c);
const toNumerals = (s: string) => s.replace(/[0-9]/g, (d) => NUMERALS[Number(d)]!);

type Mutation = (s: string, r: () => number) => string;
const MUTATIONS: Mutation[] = [
  (s) => s,
  toFullWidthDigits,
  toFullWidthAscii,
  toTraditional,
  toNumerals,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s.replace(/ /g, '  ')}  `,
  (s, r) => s + ['。', '!', '！', '?', '~', '...', ' 👍', '，谢谢', ', thanks', '\n'][Math.floor(r() * 10)]!,
  (s) => s.replace(/([\u3400-\u9fff])([\u3400-\u9fff])/, '$1 $2'),
  (s) => s.replace(/[，,]/g, '　'),
  (s) => `\u200b${s}\t`,
];

function instant(r: () => number): string {
  // 2025-01-01 … 2028-12-31, any minute: weekdays, month ends, DST switches and year ends all come up.
  const ms = Date.UTC(2025, 0, 1) + Math.floor(r() * 4 * 365 * 24 * 60) * 60_000;
  const offsets = ['+08:00', 'Z', '-05:00', '+00:00', '+13:00', '-08:00'];
  const offset = offsets[Math.floor(r() * offsets.length)]!;
  const sign = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const wall = new Date(ms + sign * 60_000).toISOString().slice(0, 19);
  return wall + offset;
}

function dueDate(r: () => number): string | undefined {
  if (r() < 0.4) return undefined;
  const ms = Date.UTC(2025, 6, 1) + Math.floor(r() * 3 * 365) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function goldenInputs(): GoldenInput[] {
  const corpus = readCorpus();
  const phrasings = testPhrasings();
  const out: GoldenInput[] = [];

  for (const l of corpus) out.push({ text: l.text, now: l.now, tz: l.tz, dueDate: l.dueDate });
  for (const text of phrasings) out.push({ text, now: '2026-12-09T10:00:00+08:00', tz: 'Asia/Shanghai' });

  const r = random(20261209);
  const texts = [...corpus.map((l) => l.text), ...phrasings];
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  for (let i = 0; i < 4000; i++) {
    let text = pick(texts);
    if (r() < 0.15) text = `${text}${pick(['，', ' ', '. ', '; '])}${pick(texts)}`; // two replies run together
    text = pick(MUTATIONS)(text, r);
    const input: GoldenInput = { text, now: instant(r), tz: pick(ZONES) };
    const due = dueDate(r);
    if (due !== undefined) input.dueDate = due;
    out.push(input);
  }

  // The slower, general readings of the clock arguments, and the argument errors.
  const base = '下周五付5000';
  for (const now of ['2026-12-09T10:00:00', '2026-12-09T10:00:00.123+08:00', '2026-12-09 10:00', '2026-12-09T23:59:59-0800', '2026-12-09', 'yesterday', '', 42, null]) {
    out.push({ text: base, now, tz: 'Asia/Shanghai' });
  }
  for (const tz of ['Asia/Kolkata', 'Australia/Lord_Howe', 'Mars/Olympus', '', 'asia/shanghai', null]) out.push({ text: base, now: '2026-03-29T01:30:00Z', tz });
  for (const due of ['2026-02-30', '2026-2-3', '', null, '2027-01-15', 20270115]) {
    out.push({ text: '到期前付', now: '2026-12-09T10:00:00+08:00', tz: 'Asia/Shanghai', dueDate: due });
  }
  for (const text of [42, null, '', ' ', '👍', '\u0000\u0001']) out.push({ text, now: '2026-12-09T10:00:00+08:00', tz: 'Asia/Shanghai' });
  return out;
}
