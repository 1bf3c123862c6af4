import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/runtime/store/index.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { csv, GOOD } from '../import/fixtures.js';
import { runCli } from './run-cli.js';

let t: TestRedis;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  t = await testRedis('cli');
  dir = mkdtempSync(join(tmpdir(), 'duebot-cli-'));
  env = { REDIS_URL: t.url, DUEBOT_PREFIX: t.prefix };
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.cleanup();
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('duebot import', () => {
  test('Given a good file, Then one summary line; imported again with --json, Then nothing new', async () => {
    const path = file('invoices.csv', csv(...GOOD));
    const first = await runCli(['import', path], env);
    expect(first).toMatchObject({ code: 0, stdout: 'imported 3 invoices for 2 customers\n' });
    const again = await runCli(['import', path, '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ imported: 0, customers: 2, updated: 0, unchanged: 3, rejected: 0 });
  });

  test('Given a file with bad rows, Then it exits non-zero naming each bad row, and nothing is written', async () => {
    const path = file('bad.csv', csv(GOOD[0]!, 'C002,B,INV-9,-1,CNY,2026-03-01,2026-02-30,fax,U9,,,'));
    const r = await runCli(['import', path], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'line 3: amount: must be more than zero',
      'line 3: due_date: not a real calendar date',
      'line 3: channel: "fax" is not a channel: use slack, wecom or local',
      `error: ${path} refused: 1 bad row, nothing imported (fix them, or use --skip-bad to import the good rows)`,
    ]);
    expect(await new Store(t.redis, t.keys).invoices.get('INV-1')).toBeNull();
  });

  test('Given --skip-bad and --reject-file, Then good rows are imported and the bad ones written to that file', async () => {
    const path = file('mixed.csv', csv(GOOD[0]!, 'C002,B,INV-9,-1,CNY,2026-03-01,2026-04-01,slack,U9,,,'));
    const rejects = join(dir, 'out.csv');
    const r = await runCli(['import', path, '--skip-bad', '--reject-file', rejects, '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ imported: 1, customers: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(readFileSync(rejects, 'utf8')).toContain('C002,B,INV-9,-1,CNY,2026-03-01,2026-04-01,slack,U9,,,,line 3: amount: must be more than zero');
  });

  test('Given a missing file, Then one error line', async () => {
    const r = await runCli(['import', join(dir, 'nope.csv')], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: cannot read ${join(dir, 'nope.csv')} (ENOENT)\n`);
  });
});

describe('duebot export evidence', () => {
  test('Given a customer with a history, Then jsonl and csv list it oldest first with texts intact and quoted', async () => {
    await runCli(['import', file('i.csv', csv(GOOD[2]!))], env);
    const store = new Store(t.redis, t.keys);
    await store.audit.append({ at: '2026-03-20T02:00:00.000Z', actor: 'bot', kind: 'message_out', customerId: 'C002', platformMessageId: 'm1', payload: { platform: 'wecom', address: 'wm-abc', text: '您好，发票 INV-3 将于 4 月 2 日到期。' } });
    await store.audit.append({ at: '2026-03-20T03:00:00.000Z', actor: 'customer:wecom:wm-abc', kind: 'message_in', customerId: 'C002', platformMessageId: 'm2', payload: { platform: 'wecom', address: 'wm-abc', text: 'OK, "next Friday",\nthanks' } });
    await store.audit.append({ at: '2026-03-20T04:00:00.000Z', actor: 'staff:li', kind: 'staff_action', customerId: 'C002', payload: { action: 'pause' } });

    const jsonl = await runCli(['export', 'evidence', '--customer', 'C002'], env);
    expect(jsonl.code).toBe(0);
    const rows = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // The import planned the case first (its evidence line), then the history above.
    expect(rows.map((r) => [r.seq, r.kind, r.direction])).toEqual([
      [1, 'invoices_changed', ''],
      [2, 'message_out', 'out'],
      [3, 'message_in', 'in'],
      [4, 'staff_action', ''],
    ]);
    expect(rows[2].text).toBe('OK, "next Friday",\nthanks');

    const out = await runCli(['export', 'evidence', '--customer', 'C002', '--format', 'csv'], env);
    expect(out.stdout.split('\r\n').filter((l) => !l.includes('invoices_changed')).slice(0, 3)).toEqual([
      'seq,at,actor,kind,direction,platform,address,platform_message_id,text,details',
      '2,2026-03-20T02:00:00.000Z,bot,message_out,out,wecom,wm-abc,m1,您好，发票 INV-3 将于 4 月 2 日到期。,',
      '3,2026-03-20T03:00:00.000Z,customer:wecom:wm-abc,message_in,in,wecom,wm-abc,m2,"OK, ""next Friday"",\nthanks",',
    ]);
  });

  test('Given an unknown customer, Then error: no customer <id> and exit 1', async () => {
    const r = await runCli(['export', 'evidence', '--customer', 'C404'], env);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'error: no customer C404\n' });
  });
});
