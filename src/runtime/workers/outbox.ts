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
import { takeSendSlot } from '../rate-limit.js';
import { randomUUID } from 'node:crypto';

const LEDGER_TTL_SECONDS = 90 * 24 * 3600;
// About the job lock's span: a send that runs longer is treated as stalled by BullMQ anyway, and a
// crashed run must not hold its message back for long.
const IN_FLIGHT_MS = 15_000;
const IN_FLIGHT_RECHECK_MS = 2_000;

const RELEASE_CLAIM = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

async function releaseClaim(store: Store, key: string, claim: string): Promise<void> {
  await store.redis.eval(RELEASE_CLAIM, 1, key, claim);
}

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
      const ledgerKey = keys.ledger(d.messageId);
      if (await store.redis.exists(ledgerKey)) return 'already-sent';
      const adapter = adapters().get(d.platform);
      if (!adapter) throw new UnrecoverableError(`no ${d.platform} adapter is configured (DUEBOT_ADAPTERS)`);
      const wait = await takeSendSlot(store.redis, keys, d.platform, d.address, Date.now());
      if (wait > 0) return delay(job, token, wait);
      // One run at a time per message: a stalled job taken up again while its first run is still
      // sending would otherwise reach Slack or WeCom twice. The claim outlives any send; a crash frees
      // it when it expires.
      const inFlightKey = keys.k('sending', d.messageId);
      const claim = randomUUID();
      if ((await store.redis.set(inFlightKey, claim, 'PX', IN_FLIGHT_MS, 'NX')) !== 'OK') return delay(job, token, IN_FLIGHT_RECHECK_MS);
      try {
        const receipt = await adapter.send({
          messageId: d.messageId,
          customerId: d.customerId,
          platform: d.platform,
          address: d.address,
          text: d.text,
          language: d.language,
          ...(d.buttons ? { buttons: d.buttons } : {}),
          ...(d.threadId ? { threadId: d.threadId } : {}),
        });
        const now = clock.now();
        // Ledger and evidence in one step, first writer only: a crash between them would drop the
        // message_out line, and a job run twice at once (a stalled job taken up while its first run
        // still finishes) would record it twice.
        const first = await store.audit.appendOnce(ledgerKey, receipt.platformMessageId || 'sent', LEDGER_TTL_SECONDS, {
          at: now.toISOString(),
          actor: 'bot',
          kind: 'message_out',
          customerId: d.customerId,
          platformMessageId: receipt.platformMessageId,
          payload: { messageId: d.messageId, platform: d.platform, address: d.address, text: d.text, template: d.template, tone: d.tone, reply: d.reply ?? false },
        });
        await releaseClaim(store, inFlightKey, claim);
        if (!first) return 'already-sent';
        metrics.sent.inc({ platform: d.platform, tone: d.tone ?? 'none' });
        if (d.plannedAt) metrics.sendLateness.observe(Math.max(0, (now.getTime() - Date.parse(d.plannedAt)) / 1000));
        return receipt.platformMessageId;
      } catch (err) {
        // The platform said no (or we could not tell): a retry may send again.
        await releaseClaim(store, inFlightKey, claim).catch(() => undefined);
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
