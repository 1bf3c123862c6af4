import type { Job, Worker } from 'bullmq';
import { systemClock } from '../../src/clock.js';
import { PlatformError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import type { AlertSink, AlertView } from '../../src/runtime/ports.js';
import type { AlertJobData } from '../../src/runtime/process/outbound.js';
import { closeQueues, createQueues, type Queues } from '../../src/runtime/queues.js';
import { Store } from '../../src/runtime/store/index.js';
import { startAlertsWorker } from '../../src/runtime/workers/alerts.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { waitFor } from './helpers.js';

/** A sink that fails the first calls with the given errors, then accepts. */
function flakySink(...errors: Error[]): AlertSink & { posted: AlertView[]; calls: number } {
  const sink = {
    name: 'flaky',
    posted: [] as AlertView[],
    calls: 0,
    async post(view: AlertView) {
      sink.calls += 1;
      const err = errors.shift();
      if (err) throw err;
      sink.posted.push(view);
      return {};
    },
  };
  return sink;
}

/**
 * The alerts worker on Redis: a sink that is rate limited (PlatformError with retryAfterMs) moves the
 * job later without using up an attempt, as the outbox does; other failures still use attempts.
 */
describe('alerts worker retries', () => {
  let t: TestRedis;
  let queues: Queues;
  let worker: Worker<AlertJobData> | undefined;
  const done: Array<Job<AlertJobData>> = [];
  const failed: Array<Job<AlertJobData>> = [];

  const start = (sink: AlertSink) => {
    const store = new Store(t.redis, t.keys);
    worker = startAlertsWorker(t.redis, t.keys, store, () => [sink], systemClock, createLogger({ level: 'silent' }));
    worker.on('completed', (job) => done.push(job));
    worker.on('failed', (job) => job && failed.push(job));
  };
  const deadLetter = (messageId: string): AlertJobData => ({ op: 'dead_letter', customerId: 'C9', messageId, reason: 'contact not found' });

  beforeEach(async () => {
    t = await testRedis('alerts-worker');
    queues = createQueues(t.redis, t.keys);
    done.length = 0;
    failed.length = 0;
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await closeQueues(queues);
    await t.cleanup();
  });

  test('Given a sink rate limited three times with retryAfterMs, When a job with a single attempt runs, Then it waits each time and is posted, no attempt used', async () => {
    const limited = () => new PlatformError('test', 'rate limited', true, 200);
    const sink = flakySink(limited(), limited(), limited());
    start(sink);
    await queues.alerts.add('dead', deadLetter('m-1'), { attempts: 1 });
    const job = await waitFor('the job to complete', async () => done.find((j) => j.data.op === 'dead_letter' && j.data.messageId === 'm-1'), 10000);
    expect(sink.calls).toBe(4);
    expect(sink.posted).toHaveLength(1);
    // Only the successful run counts: with one attempt allowed, a waiting run that used it would have failed the job.
    expect(job.attemptsMade).toBe(1);
    expect(failed).toHaveLength(0);
  });

  test('Given a rate-limited sink, When the job waits, Then it sits in delayed for about the asked time', async () => {
    start(flakySink(new PlatformError('test', 'rate limited', true, 60_000)));
    await queues.alerts.add('dead', deadLetter('m-2'), { attempts: 1 });
    const delayed = await waitFor('the delayed job', async () => (await queues.alerts.getDelayed())[0]);
    const until = delayed.timestamp + delayed.delay;
    expect(until - Date.now()).toBeGreaterThan(50_000);
    expect(delayed.attemptsMade).toBe(0);
  });

  test('Given a sink failing with an error that asks for no wait, When the job runs, Then the attempt is used and backoff retries it', async () => {
    const sink = flakySink(new PlatformError('test', 'server error', true), new Error('boom'));
    start(sink);
    await queues.alerts.add('dead', deadLetter('m-3'), { attempts: 3, backoff: { type: 'fixed', delay: 50 } });
    const job = await waitFor('the job to complete', async () => done.find((j) => j.data.op === 'dead_letter' && j.data.messageId === 'm-3'), 10000);
    expect(job.attemptsMade).toBe(3);
    expect(failed).toHaveLength(2);
    expect(sink.posted).toHaveLength(1);
  });
});
