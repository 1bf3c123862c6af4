import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CaseSchema } from '../../src/domain/case.js';
import { CustomerSchema } from '../../src/domain/customer.js';
import { agingReport } from '../../src/runtime/reports/aging.js';
import { Store } from '../../src/runtime/store/index.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { INVOICES, PROMISES, THRESHOLDS } from './aging-fixture.js';

const root = join(import.meta.dirname, '..', '..');

function report(t: TestRedis, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin', 'duebot.js'), 'report', 'aging', ...args], {
    env: { ...process.env, REDIS_URL: t.url, DUEBOT_PREFIX: t.prefix, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 90000,
  });
}

/** The CLI reads the bot's own store and simulated today, and prints the hand-computed figures. */
describe('duebot report aging', () => {
  let t: TestRedis;
  beforeAll(async () => {
    t = await testRedis('reportcli');
    const store = new Store(t.redis, t.keys);
    await store.customers.save(CustomerSchema.parse({ id: 'C1', name: '华东贸易', language: 'zh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN' }));
    const multi = t.redis.multi();
    for (const inv of INVOICES) store.invoices.addSave(multi, inv);
    store.cases.addSave(multi, CaseSchema.parse({ customerId: 'C1', status: 'promised', epoch: 1, stepIndex: 3, promises: PROMISES.map(({ customerId: _, ...p }) => p) }));
    await multi.exec();
    // A bot on a simulated clock anchored at 10:00 on 2026-12-10 in Shanghai, running at real speed.
    await t.redis.set(t.keys.clockAnchor(), JSON.stringify({ start: Date.parse('2026-12-10T02:00:00Z'), realStart: Date.now(), speed: 1 }));
  });
  afterAll(async () => t.cleanup());

  test('Given the fixture in Redis, When --format json, Then the report equals the pure one as of the bot\'s today', () => {
    const r = report(t, '--format', 'json');
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('duebot: building'))).toEqual([]);
    expect(r.status).toBe(0);
    const expected = agingReport(INVOICES, PROMISES.map((p) => ({ ...p, customerId: 'C1' })), '2026-12-10', THRESHOLDS);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 120000);

  test('When --format table, Then the same figures in major units; a bad format is one error line', () => {
    const r = report(t);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CNY\s+days\s+1300\.00\s+2000\.00\s+700\.00\s+0\.00\s+500\.00/);
    expect(r.stdout).toMatch(/CNY\s+risk\s+1300\.00\s+2700\.00\s+0\.00\s+400\.00\s+100\.00/);
    const bad = report(t, '--format', 'xml');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^error: option '--format <format>' argument 'xml' is invalid/);
  }, 120000);
});
