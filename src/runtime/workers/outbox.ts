import { DelayedError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Keys } from '../keys.js';
import type { Store } from '../store/index.js';
import type { ChannelAdapter } from '../ports.js';
import type { OutboxJobData, AlertJobData } from '../process/outbound.js';
import type { Queues } from '../queues.js';
import type { Metrics } from '../metrics.js';
import type { Clock } from '../../clock.js';
import { PlatformError } from '../../errors.js';
import { attemptSend } from '../outbox/attempt.js';

/**
 * Sends through the adapters. The ledger (one key per message id) makes a redelivered job a no-op once
 * the message went out; Retry-After and the per-platform rate budget move the job later without using
 * up an attempt; the last failed attempt becomes a dead letter and an alert.
 */
export function startOutboxWorker(
  connection: ConnectionOptions,
  keys: Keys,
  store: Store,
  queues: Queues,
  adapters: () => Map<string, ChannelAdapter>,
  clock: Clock,
  metrics: Metrics,
  logger: Logger,
  concurrency = 20,
): Worker<OutboxJobData> {
  const worker = new Worker<OutboxJobData>(
    'outbox',
    async (job, token) => {
      const d = job.data;
      const adapter = adapters().get(d.platform);
      if (!adapter) throw new UnrecoverableError(`no ${d.platform} adapter is configured (DUEBOT_ADAPTERS)`);
      try {
        const outcome = await attemptSend({ keys, store, clock, metrics }, adapter, d);
        if (outcome.kind === 'wait') return delay(job, token, outcome.ms);
        return outcome.kind === 'sent' ? outcome.platformMessageId : 'already-sent';
      } catch (err) {
        if (err instanceof PlatformError) {
          if (err.retryable && err.retryAfterMs !== undefined) return delay(job, token, err.retryAfterMs);
          if (!err.retryable) throw new UnrecoverableError(err.message);
        }
        throw err;
      }
    },
    { connection, prefix: keys.queuePrefix, concurrency, lockDuration: 10000, stalledInterval: 5000 },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    metrics.sendFailures.inc({ platform: job.data.platform });
    logger.error({ messageId: job.data.messageId, customerId: job.data.customerId, platform: job.data.platform, err }, 'send failed for good: dead letter');
    const data: AlertJobData = { op: 'dead_letter', customerId: job.data.customerId, messageId: job.data.messageId, reason: err.message };
    void queues.alerts.add('dead_letter', data, { jobId: `dead-${job.data.messageId}` }).catch(() => undefined);
    void store.audit
      .append({ at: clock.now().toISOString(), actor: 'bot', kind: 'send_failed', customerId: job.data.customerId, payload: { messageId: job.data.messageId, reason: err.message } })
      .catch(() => undefined);
  });
  return worker;
}

async function delay(job: Job, token: string | undefined, ms: number): Promise<never> {
  await job.moveToDelayed(Date.now() + Math.max(1, ms), token);
  throw new DelayedError();
}
