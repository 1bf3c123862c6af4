import type { Worker } from 'bullmq';
import { systemClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import type { ChannelAdapter, OutboundMessage } from '../../src/runtime/ports.js';
import type { OutboxJobData } from '../../src/runtime/process/outbound.js';
import { closeQueues, createQueues, type Queues } from '../../src/runtime/queues.js';
import { Store } from '../../src/runtime/store/index.js';
import { Metrics } from '../../src/runtime/metrics.js';
import { startOutboxWorker } from '../../src/runtime/workers/outbox.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { waitFor } from './helpers.js';

/** A platform without idempotency (like Slack): every call is a message the customer sees. */
function countingSlack(): ChannelAdapter & { sent: OutboundMessage[] } {
  const sent: OutboundMessage[] = [];
  return {
    platform: 'slack',
    sent,
    async start() {},
    async send(msg) {
      sent.push(msg);
      return { platformMessageId: `ts-${sent.length}` };
    },
    async stop() {},
  };
}

describe('outbox: one run per message at a time', () => {
  let t: TestRedis;
  let queues: Queues;
  let worker: Worker<OutboxJobData> | undefined;
  beforeEach(async () => {
    t = await testRedis('in-flight');
    queues = createQueues(t.redis, t.keys);
  });
  afterEach(async () => {
    await worker?.close();
    await closeQueues(queues);
    await t.cleanup();
  });

  test('Given another run is sending message M right now, When the job for M runs, Then it waits, and once M is in the ledger nothing more is sent', async () => {
    const slack = countingSlack();
    const store = new Store(t.redis, t.keys);
    // Another process holds the claim and is about to record M as sent.
    await t.redis.set(t.keys.k('sending', 'M'), 'other-run', 'PX', 60000);
    worker = startOutboxWorker(t.redis, t.keys, store, queues, () => new Map([['slack', slack]]), systemClock, new Metrics(), createLogger({ level: 'silent' }));
    const data: OutboxJobData = { messageId: 'M', customerId: 'C1', platform: 'slack', address: 'C0CHAN', text: 'reminder', language: 'en' };
    const job = await queues.outbox.add('send', data, { jobId: 'send-M' });
    await waitFor('the job to be put back', async () => (await job.getState()) === 'delayed');
    expect(slack.sent).toHaveLength(0);

    // The other run finishes: ledger written, claim released.
    await t.redis.set(t.keys.ledger('M'), 'ts-other', 'EX', 3600);
    await t.redis.del(t.keys.k('sending', 'M'));
    await job.promote();
    await waitFor('the job to finish', async () => (await queues.outbox.getJobCounts('completed', 'delayed', 'waiting', 'active')).delayed === 0 && !(await queues.outbox.getJob('send-M')));
    expect(slack.sent).toHaveLength(0);
  });

  test('Given no other run, When the job runs, Then M is sent once and the claim is gone', async () => {
    const slack = countingSlack();
    const store = new Store(t.redis, t.keys);
    worker = startOutboxWorker(t.redis, t.keys, store, queues, () => new Map([['slack', slack]]), systemClock, new Metrics(), createLogger({ level: 'silent' }));
    await queues.outbox.add('send', { messageId: 'N', customerId: 'C1', platform: 'slack', address: 'C0CHAN', text: 'reminder', language: 'en' } satisfies OutboxJobData, { jobId: 'send-N' });
    await waitFor('the send', async () => slack.sent.length === 1);
    await waitFor('the ledger', async () => (await t.redis.exists(t.keys.ledger('N'))) === 1);
    expect(await t.redis.exists(t.keys.k('sending', 'N'))).toBe(0);
  });
});
