import { DelayedError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Keys } from '../keys.js';
import type { CaseProcessor } from '../process/processor.js';
import type { Store } from '../store/index.js';
import { toEngineEvent, type MailboxItem, type UnderstandFn } from '../process/inbound-event.js';
import type { Clock } from '../../clock.js';
import type { Metrics } from '../metrics.js';
import { isConnectionError } from '../../redis/outage.js';

export interface InboundJobData {
  customerId: string;
}

/**
 * Each customer has a mailbox list; a job only says "this customer has mail". The worker holding the
 * case lock drains the mailbox in order, removing an item only after it is applied, so events are
 * processed durably and in order per customer, whatever the number of workers.
 */
export function startInboundWorker(
  connection: ConnectionOptions,
  keys: Keys,
  store: Store,
  processor: CaseProcessor,
  understand: UnderstandFn,
  clock: Clock,
  metrics: Metrics,
  logger: Logger,
): Worker<InboundJobData> {
  return new Worker<InboundJobData>(
    'inbound',
    async (job, token) => {
      const { customerId } = job.data;
      const lockToken = await processor.lock.tryAcquire(customerId);
      if (!lockToken) {
        // Another worker is draining this mailbox; look again shortly so nothing is stranded.
        await job.moveToDelayed(Date.now() + 100, token);
        throw new DelayedError();
      }
      try {
        for (;;) {
          const raw = await store.redis.lindex(keys.mailbox(customerId), 0);
          if (raw === null) break;
          const item = JSON.parse(raw) as MailboxItem;
          if (item.kind === 'event') {
            await processor.applyLocked(customerId, item.event);
          } else {
            const customer = await store.customers.get(customerId);
            if (customer) {
              const invoices = await store.invoices.forCustomer(customerId);
              const event = toEngineEvent(item, customer, invoices, clock.now(), understand);
              if (event.type === 'reply') metrics.replies.inc({ intent: event.understood.intent });
              await processor.applyLocked(customerId, event);
            }
          }
          await store.redis.lpop(keys.mailbox(customerId));
        }
      } catch (err) {
        // A lost Redis is logged once by the runtime's outage watch, not once per customer.
        if (!isConnectionError(err)) logger.error({ err, customerId }, 'inbound processing failed; it will be retried');
        throw err;
      } finally {
        await processor.lock.release(customerId, lockToken);
      }
    },
    { connection, prefix: keys.queuePrefix, concurrency: 20, lockDuration: 10000, stalledInterval: 5000 },
  );
}
