import { Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Keys } from '../keys.js';
import type { Store } from '../store/index.js';
import type { AlertSink, AlertView } from '../ports.js';
import type { AlertJobData } from '../process/outbound.js';
import { buildAlertView } from '../alert-view.js';
import type { Clock } from '../../clock.js';

/** Posts escalations to every staff sink (Slack channel, WeCom group, the web page) and redraws them after actions. */
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
    async (job) => {
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
        for (const sink of sinks()) await sink.post(view);
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
      if (failures.length) throw failures[0]!;
    },
    { connection, prefix: keys.queuePrefix, concurrency: 5, lockDuration: 10000, stalledInterval: 5000 },
  );
}
