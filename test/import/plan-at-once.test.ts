import { importCsv } from '../../src/runtime/import/index.js';
import { Store } from '../../src/runtime/store/index.js';
import { createQueues, closeQueues, type Queues } from '../../src/runtime/queues.js';
import { CaseProcessor } from '../../src/runtime/process/processor.js';
import { decide, loadPlaybook } from '../../src/engine/index.js';
import { fixedClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { csv, GOOD } from './fixtures.js';
import { startInboundWorker } from '../../src/runtime/workers/inbound.js';
import { Metrics } from '../../src/runtime/metrics.js';

let t: TestRedis;
let store: Store;
let queues: Queues;
let processor: CaseProcessor;

beforeEach(async () => {
  t = await testRedis('plan-at-once');
  store = new Store(t.redis, t.keys);
  queues = createQueues(t.redis, t.keys);
  processor = new CaseProcessor({ store, queues, playbook: loadPlaybook('flows/standard.yaml'), clock: fixedClock(new Date('2026-03-10T02:00:00Z')), decide, logger: createLogger({ level: 'silent' }) });
});
afterEach(async () => {
  await closeQueues(queues);
  await t.cleanup();
});

describe('import with a case processor at hand', () => {
  test('Given a file with two customers, When imported, Then both cases are planned at once: first timer queued, mailbox empty, evidence written', async () => {
    const r = await importCsv(csv(...GOOD), { runtime: { store, queues, processor }, skipBad: false });
    expect(r.summary.imported).toBe(3);
    for (const id of ['C001', 'C002']) {
      const c = await store.cases.get(id);
      expect(c?.nextAction).toMatchObject({ kind: 'step', stepIndex: 0 });
      expect(await t.redis.llen(t.keys.mailbox(id))).toBe(0);
      const timers = await t.redis.zrange(t.keys.k('timers', id), 0, -1);
      expect(timers).toHaveLength(1);
      expect(await queues.steps.getJob(timers[0]!)).toBeTruthy();
      expect((await store.audit.forCustomer(id)).map((e) => e.kind)).toContain('invoices_changed');
    }
  });

  test('Given a case busy in another process, When imported, Then that case is left in its mailbox for the workers and the other is planned', async () => {
    await t.redis.set(t.keys.lock('C001'), 'someone-else', 'PX', 30000);
    await importCsv(csv(...GOOD), { runtime: { store, queues, processor }, skipBad: false });
    expect(await t.redis.llen(t.keys.mailbox('C001'))).toBe(1);
    expect(await store.cases.get('C001')).toBeNull();
    expect((await store.cases.get('C002'))?.nextAction).toMatchObject({ kind: 'step' });
    // The workers' wake-up job for C001 is still queued.
    expect((await queues.inbound.getJobs(['delayed', 'waiting'])).map((j) => j.data.customerId)).toContain('C001');
  });

  test('Given the same file twice, When re-imported, Then nothing is planned again', async () => {
    await importCsv(csv(...GOOD), { runtime: { store, queues, processor }, skipBad: false });
    const before = await store.cases.get('C001');
    const again = await importCsv(csv(...GOOD), { runtime: { store, queues, processor }, skipBad: false });
    expect(again.summary.unchanged).toBe(3);
    expect((await store.cases.get('C001'))?.epoch).toBe(before?.epoch);
  });

  test('Given planning dies after the mailboxes were written, When the batch\'s sweep job runs, Then the workers plan every case', async () => {
    const failing = new CaseProcessor({ store, queues, playbook: loadPlaybook('flows/standard.yaml'), clock: fixedClock(new Date('2026-03-10T02:00:00Z')), decide: () => { throw new Error('process died'); }, logger: createLogger({ level: 'silent' }) });
    await expect(importCsv(csv(...GOOD), { runtime: { store, queues, processor: failing }, skipBad: false })).rejects.toThrow('process died');
    expect(await t.redis.llen(t.keys.mailbox('C001'))).toBe(1);
    const [sweep] = await queues.inbound.getJobs(['delayed']);
    expect(sweep?.name).toBe('sweep');
    expect(sweep?.data.customerIds).toEqual(['C001', 'C002']);

    const worker = startInboundWorker(t.redis, t.keys, store, queues, processor, () => ({ intent: 'other', date: null, amount: null }), fixedClock(new Date('2026-03-10T02:00:00Z')), new Metrics(), createLogger({ level: 'silent' }));
    try {
      await sweep!.promote();
      for (const id of ['C001', 'C002']) {
        const deadline = Date.now() + 10000;
        // The worker saves the case, then drains the mailbox: wait for both, not only the first.
        const done = async () => (await store.cases.get(id)) !== null && (await t.redis.llen(t.keys.mailbox(id))) === 0;
        while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect((await store.cases.get(id))?.nextAction).toMatchObject({ kind: 'step', stepIndex: 0 });
        expect(await t.redis.llen(t.keys.mailbox(id))).toBe(0);
      }
    } finally {
      await worker.close();
    }
  });
});
