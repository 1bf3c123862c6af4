import { startDuebot, type Running } from '../../src/app/start.js';
import { createLogger } from '../../src/logger.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { csv } from '../import/fixtures.js';

/** The page's CSV upload goes through the same importer as `duebot import`: same rules, same error lines. */
describe('POST /ui/import', () => {
  let t: TestRedis;
  let bot: Running;
  let base: string;
  const post = (body: string, query = '') =>
    fetch(`${base}/ui/import${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });

  beforeAll(async () => {
    t = await testRedis('uiimport');
    bot = await startDuebot({ env: { REDIS_URL: t.url, PORT: '0', DUEBOT_PREFIX: t.prefix }, logger: createLogger({ level: 'silent' }) });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await t.cleanup();
  });

  test('Given a file with one bad row, When uploaded, Then 422 names the line and field and nothing is written', async () => {
    const res = await post(csv('L1,本地客户,LOC-1,1000,CNY,2026-03-01,2026-04-01,local,chat-l1,zh,,', 'L2,Other,LOC-2,-5,CNY,2026-03-01,2026-04-01,local,chat-l2,en,,'));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { refused: boolean; errors: string[] };
    expect(body.refused).toBe(true);
    expect(body.errors).toEqual(['line 3: amount: must be more than zero']);
    expect(await bot.runtime.store.customers.ids()).toEqual([]);
  });

  test('When the same file is uploaded with skipBad, Then the good row is imported, the bad one comes back as a reject CSV, and the list shows the customer', async () => {
    const res = await post(csv('L1,本地客户,LOC-1,1000,CNY,2026-03-01,2026-04-01,local,chat-l1,zh,,', 'L2,Other,LOC-2,-5,CNY,2026-03-01,2026-04-01,local,chat-l2,en,,'), '?skipBad=1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { summary: { imported: number; customers: number; rejected: number }; rejectCsv: string };
    expect(body.summary).toMatchObject({ imported: 1, customers: 1, rejected: 1 });
    expect(body.rejectCsv).toContain('LOC-2');
    const rows = (await (await fetch(`${base}/ui/customers`)).json()) as Array<{ id: string; localAddress: string }>;
    expect(rows.map((r) => [r.id, r.localAddress])).toEqual([['L1', 'chat-l1']]);
  });

  test('Given an empty body, Then 400 says what to send', async () => {
    const res = await post('');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'file: send the CSV as the request body' });
  });
});
