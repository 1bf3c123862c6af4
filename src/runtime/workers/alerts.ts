import { DelayedError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Keys } from '../keys.js';
import type { Store } from '../store/index.js';
import type { AlertSink, AlertView } from '../ports.js';
import type { AlertJobData } from '../process/outbound.js';
import { buildAlertView } from '../alert-view.js';
import type { Clock } from '../../clock.js';
import { PlatformError } from '../../errors.js';

/**
 * Posts escalations to every staff sink (Slack channel, WeCom group, the web page) and redraws them after
 * actions. A sink that is rate limited (a PlatformError with retryAfterMs: Slack's Retry-After, WeCom's
 * errcode 45009 or its robot budget) moves the job later without using up an attempt, as the outbox does:
 * a burst of alerts must wait, not exhaust its attempts and be lost.
 */
export function startAlertsWorker(
  connection: ConnectionOptions,
  keys: Keys,
  store: Store,
  sinks: () => AlertSink[],
  clock: Clock,
  logger: Logger,
  publicUrl?: string,
): Worker<AlertJobData> {
  return new Worker<AlertJobData>(
    'alerts',
    async (job, token) => {
      const d = job.data;
      if (d.op === 'dead_letter') {
        const view: AlertView = {
          escalationId: `dead-${d.messageId}`,
          customerId: d.customerId,
          customerName: (await store.customers.get(d.customerId))?.name ?? d.customerId,
          reason: 'send_failed',
          severity: 'critical',
          status: 'open',
          invoices: [],
          total: '',
          quote: d.reason,
          pendingApproval: false,
          history: [{ at: clock.now().toISOString(), actor: 'bot', action: 'send failed' }],
        };
        try {
          for (const sink of sinks()) await sink.post(view);
        } catch (err) {
          return laterOrThrow(job, token, [err as Error]);
        }
        return;
      }
      const view = await buildAlertView(store, d.escalationId, publicUrl);
      if (!view) {
        logger.warn({ escalationId: d.escalationId }, 'alert for an unknown escalation skipped');
        return;
      }
      // Each sink is tried on its own; one that fails makes the job retry, and sinks already done are skipped.
      const failures: Error[] = [];
      for (const sink of sinks()) {
        try {
          const ref = await store.escalations.getRef(d.escalationId, sink.name);
          if (d.op === 'note') {
            await sink.note?.(view, ref, d.text);
          } else if (ref && sink.update) {
            await sink.update(view, ref);
          } else if (!ref) {
            const posted = await sink.post(view);
            await store.escalations.setRef(d.escalationId, sink.name, posted.ref ?? 'posted');
          }
        } catch (err) {
          failures.push(err as Error);
          logger.warn({ err, sink: sink.name, escalationId: d.escalationId }, 'alert delivery failed; will retry');
        }
      }
      if (failures.length) return laterOrThrow(job, token, failures);
    },
    { connection, prefix: keys.queuePrefix, concurrency: 5, lockDuration: 10000, stalledInterval: 5000 },
  );
}

/**
 * When every failure only asks to wait (retryable, with retryAfterMs), the job moves to delayed for the
 * longest wait asked, without using an attempt; otherwise the first failure fails the attempt as before.
 */
async function laterOrThrow(job: Job, token: string | undefined, failures: Error[]): Promise<never> {
  const waits = failures.map((err) => (err instanceof PlatformError && err.retryable ? err.retryAfterMs : undefined));
  if (waits.some((w) => w === undefined)) throw failures[0]!;
  await job.moveToDelayed(Date.now() + Math.max(1, ...(waits as number[])), token);
  throw new DelayedError();
}
