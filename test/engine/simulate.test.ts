import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { playbookReport } from '../../src/cli/commands/flows.js';
import { formatTimeline } from '../../src/engine/simulate/format.js';
import { simulate } from '../../src/engine/simulate/run.js';
import { loadScript, parseScript } from '../../src/engine/simulate/script.js';
import { understand } from '../../src/understand/index.js';
import { InputError } from '../../src/errors.js';
import { playbook } from './given.js';

const ISSUE_SCRIPT = `customer: { id: C1, name: 华东贸易, language: zh, timezone: Asia/Shanghai }
invoices:
  - { number: INV-1, amount: 12000, currency: CNY, issueDate: 2026-11-01, dueDate: 2026-12-04 }
events:
  - { at: "2026-12-07T10:30:00+08:00", reply: "下周五付款" }
  - { at: "2026-12-18T15:00:00+08:00", payment: { invoice: INV-1, amount: 12000 } }
until: 2027-01-31
`;

async function run(argv: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'duebot', ...argv]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

describe('simulate', () => {
  test("Given the issue's script, When simulated, Then reminders, the confirmed promise, the kept promise and the close appear in time order", () => {
    const { timeline } = simulate(parseScript(ISSUE_SCRIPT, 'issue.yaml'), playbook, understand);
    expect(timeline.map((e) => `${e.at} ${e.kind} ${String(e.template ?? e.status ?? e.text ?? '')}`)).toEqual([
      '2026-11-27T09:12:16+08:00 send reminder',
      '2026-12-03T09:03:18+08:00 send reminder',
      '2026-12-04T09:07:08+08:00 send due_today',
      '2026-12-07T10:30:00+08:00 customer 下周五付款',
      '2026-12-07T10:30:00+08:00 promise pending',
      '2026-12-07T10:30:00+08:00 send promise_confirm',
      '2026-12-07T10:30:00+08:00 state promised',
      '2026-12-18T15:00:00+08:00 payment ',
      '2026-12-18T15:00:00+08:00 promise kept',
      '2026-12-18T15:00:00+08:00 send payment_received',
      '2026-12-18T15:00:00+08:00 state closed',
    ]);
    expect(timeline[4]).toMatchObject({ kind: 'promise', date: '2026-12-18', amount: null, status: 'pending' });
    expect(timeline[5]).toMatchObject({ kind: 'send', reply: true, tone: 'friendly', invoices: ['INV-1'] });
  });

  test('Given silence and a broken promise, When simulated, Then the follow-up, the alerts and the formal draft appear', () => {
    const script = parseScript(
      ISSUE_SCRIPT.replace(/events:[\s\S]*until/, 'events:\n  - { at: "2026-12-08T11:00:00+08:00", reply: "12月11号付" }\nuntil'),
      'broken.yaml',
    );
    const kinds = simulate(script, playbook, understand).timeline.map((e) => `${e.kind}:${String(e.template ?? e.reason ?? e.status)}`);
    expect(kinds).toEqual(expect.arrayContaining(['promise:broken', 'send:broken_promise', 'alert:broken_promise', 'send:reminder', 'alert:formal_notice']));
    expect(kinds.indexOf('promise:broken')).toBeLessThan(kinds.indexOf('send:broken_promise'));
  });

  test('Given a script with a bad field, When loaded, Then the error names the line and field', () => {
    expect(() => parseScript(ISSUE_SCRIPT.replace('amount: 12000, currency', 'amount: -5, currency'), 's.yaml')).toThrow(
      new InputError('s.yaml line 3: invoices[0].amount: must be more than zero'),
    );
    expect(() => parseScript(ISSUE_SCRIPT.replace('reply: "下周五付款"', 'reply: "x", opt_out: true'), 's.yaml')).toThrow(/line 5: events\[0\]: an event needs exactly one/);
  });

  test('Given the CLI, When simulate --json runs, Then one JSON object per line with at and kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duebot-sim-'));
    writeFileSync(join(dir, 'script.yaml'), ISSUE_SCRIPT);
    const { out, code } = await run(['simulate', join(dir, 'script.yaml'), '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { at: string; kind: string });
    expect(lines.every((l) => /\+08:00$/.test(l.at) && typeof l.kind === 'string')).toBe(true);
    expect(lines).toHaveLength(11);
  });

  test('Given a bad script file, When simulate runs, Then one error line and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duebot-sim-'));
    writeFileSync(join(dir, 'bad.yaml'), ISSUE_SCRIPT.replace('until: 2027-01-31', 'until: someday'));
    const { err, code } = await run(['simulate', join(dir, 'bad.yaml')]);
    expect(err).toBe(`error: ${join(dir, 'bad.yaml')} line 7: until: a date as YYYY-MM-DD\n`);
    expect(code).toBe(1);
  });

  test('Given the standard playbook, When flows check runs, Then it prints the timeline; a bad playbook exits non-zero', async () => {
    expect(playbookReport(playbook)).toContain('+10d  firm-10      2026-12-11 Fri 09:09   reminder (firm), alert rep');
    const ok = await run(['flows', 'check']);
    expect(ok.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'duebot-flows-'));
    writeFileSync(join(dir, 'x.yaml'), 'name: x\nsteps:\n  - { id: a, offset: soon, tone: friendly, template: reminder }\n');
    const bad = await run(['flows', 'check', join(dir, 'x.yaml')]);
    expect(bad.err).toMatch(new RegExp(`^error: ${join(dir, 'x.yaml')} line 3: steps\\[0\\]\\.offset: `));
    expect(bad.code).toBe(1);
  });

  test('the human timeline shows instants, kinds and indented texts', () => {
    const { timeline } = simulate(loadScript('flows/examples/promise-then-pay.yaml'), playbook, understand);
    const text = formatTimeline(timeline);
    expect(text.split('\n')[0]).toBe('2026-11-27 09:12 +08:00  send     reminder (friendly) [INV-1]');
    expect(text).toContain('2026-12-07 10:30 +08:00  promise  pending: 2026-12-18');
  });
});
