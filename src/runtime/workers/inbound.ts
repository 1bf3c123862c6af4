import { DelayedError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Keys } from '../keys.js';
import type { CaseProcessor } from '../process/processor.js';
import type { Store } from '../store/index.js';
import { toEngineEvent, type MailboxItem, type UnderstandFn } from '../process/inbound-event.js';
import type { Clock } from '../../clock.js';
import type { Metrics } from '../metrics.js';
import type { Queues } from '../queues.js';
import type { AlertJobData } from '../process/outbound.js';
import { isConnectionError } from '../../redis/outage.js';
import { LuaScript } from '../../redis/script.js';
import { caseSnapshotKeys, LOAD_CASE_LUA, type RawCaseSnapshot } from '../process/case-scripts.js';
import { randomUUID } from 'node:crypto';

const LOCK_TTL_MS = 30000;

/**
 * The mailbox step, with the case read in the same round trip (KEYS 1–6: as LOAD_CASE_LUA; 7: lock,
 * 8: mailbox; ARGV: invoice key prefix, lock token, lock TTL, mode, clear-pending flag).
 * Mode 'lock' takes the case lock first (0 when another worker holds it); mode 'pop' takes the item
 * just applied off the mailbox, and with the flag set deletes the pending-effects list its dispatch
 * left. Then: 1 when the mailbox is empty (the lock is given back, by its owner only), else the head
 * item followed by the case snapshot.
 */
const MAILBOX_NEXT = new LuaScript(`${LOAD_CASE_LUA}
if ARGV[4] == 'lock' then
  if not redis.call('SET', KEYS[7], ARGV[2], 'PX', ARGV[3], 'NX') then return 0 end
else
  redis.call('LPOP', KEYS[8])
  if ARGV[5] == '1' then redis.call('DEL', KEYS[1]) end
end
local head = redis.call('LINDEX', KEYS[8], 0)
if not head then
  if redis.call('GET', KEYS[7]) == ARGV[2] then redis.call('DEL', KEYS[7]) end
  return 1
end
local snapshot = load_case()
table.insert(snapshot, 1, head)
return snapshot
`);

type MailboxStep = 0 | 1 | [string, ...RawCaseSnapshot];

/** "This customer has mail", or (an import's safety net, job name 'sweep') "look at these customers". */
export interface InboundJobData {
  customerId: string;
  customerIds?: string[];
}

/**
 * An import's sweep: every listed customer whose mailbox still holds mail, or whose effects were not
 * all dispatched, gets its wake-up job. Its ids depend on the sweep, so a sweep run twice adds none.
 */
async function sweepCustomers(store: Store, queues: Queues, sweepId: string, customerIds: string[]): Promise<void> {
  const reading = store.redis.pipeline();
  for (const id of customerIds) reading.llen(store.keys.mailbox(id)).exists(store.keys.pendingEffects(id));
  const found = (await reading.exec()) ?? [];
  const waiting = customerIds.filter((_, i) => Number(found[2 * i]?.[1]) > 0 || Number(found[2 * i + 1]?.[1]) > 0);
  if (waiting.length) await queues.inbound.addBulk(waiting.map((customerId) => ({ name: 'mail', data: { customerId }, opts: { jobId: `wake-${sweepId}-${customerId}`.replace(/:/g, '-') } })));
}

/**
 * Each customer has a mailbox list; a job only says "this customer has mail". The worker holding the
 * case lock drains the mailbox in order, removing an item only after it is applied, so events are
 * processed durably and in order per customer, whatever the number of workers.
 */
/**
 * An image or file sent while a paid claim is being verified is the remittance slip: it is recorded
 * as such and shown under the open alert, instead of counting as a new claim.
 */
async function isSlipForOpenClaim(store: Store, queues: Queues, item: Extract<MailboxItem, { kind: 'message' }>, clock: Clock): Promise<boolean> {
  const { msg } = item;
  // Only an attachment without words can be a slip; everything else skips the case read.
  if (!msg.attachment || msg.text.trim()) return false;
  const c = await store.cases.get(item.customerId);
  const claim = c?.escalations.filter((e) => e.reason === 'paid_claim' && e.status !== 'resolved').at(-1);
  if (!claim) return false;
  await store.audit.append({
    at: clock.now().toISOString(),
    actor: `customer:${msg.platform}:${msg.sender}`,
    kind: 'remittance_slip',
    customerId: item.customerId,
    platformMessageId: msg.platformMessageId,
    payload: { escalationId: claim.id, attachment: msg.attachment },
  });
  const note: AlertJobData = { op: 'note', escalationId: claim.id, text: `remittance slip received (${msg.attachment.kind}${msg.attachment.name ? `: ${msg.attachment.name}` : ''})` };
  await queues.alerts.add('note', note, { jobId: `slip-${item.id}`.replace(/:/g, '-') });
  return true;
}

const MAX_ITEM_FAILURES = 5;

/**
 * One item that always fails (a bug, bad data) must not stop the customer's mailbox for good: after a
 * few failures it moves to a dead-letter list, the failure goes into the evidence and staff are alerted.
 * Returns true when it was set aside.
 */
async function setAsideAfterRepeatedFailure(store: Store, queues: Queues, customerId: string, raw: string, err: Error, clock: Clock): Promise<boolean> {
  const failuresKey = store.keys.k('mailbox-failures', customerId);
  const failures = await store.redis.hincrby(failuresKey, raw.slice(0, 200), 1);
  if (failures < MAX_ITEM_FAILURES) return false;
  const multi = store.redis.multi();
  multi.rpush(store.keys.k('mailbox-dead', customerId), raw);
  multi.lpop(store.keys.mailbox(customerId));
  multi.del(failuresKey);
  await multi.exec();
  await store.audit.append({ at: clock.now().toISOString(), actor: 'bot', kind: 'event_failed', customerId, payload: { reason: err.message.slice(0, 500) } });
  const data: AlertJobData = { op: 'dead_letter', customerId, messageId: `mailbox-${Date.now()}`, reason: `an event could not be processed: ${err.message.slice(0, 200)}` };
  await queues.alerts.add('dead_letter', data);
  return true;
}

export function startInboundWorker(
  connection: ConnectionOptions,
  keys: Keys,
  store: Store,
  queues: Queues,
  processor: CaseProcessor,
  understand: UnderstandFn,
  clock: Clock,
  metrics: Metrics,
  logger: Logger,
): Worker<InboundJobData> {
  return new Worker<InboundJobData>(
    'inbound',
    async (job, token) => {
      if (job.name === 'sweep') return sweepCustomers(store, queues, String(job.id), job.data.customerIds ?? []);
      const { customerId } = job.data;
      const mailbox = keys.mailbox(customerId);
      const lockToken = randomUUID();
      const stepKeys = [...caseSnapshotKeys(store, customerId), keys.lock(customerId), mailbox];
      const step = async (mode: 'lock' | 'pop', clearPending = false) =>
        (await MAILBOX_NEXT.run(store.redis, stepKeys.length, ...stepKeys, keys.invoice(''), lockToken, LOCK_TTL_MS, mode, clearPending ? '1' : '0')) as MailboxStep;
      const first = await step('lock');
      if (first === 0) {
        // Another worker is draining this mailbox; look again shortly so nothing is stranded.
        await job.moveToDelayed(Date.now() + 100, token);
        throw new DelayedError();
      }
      if (!Array.isArray(first)) return; // nothing waiting; the lock is given back already
      let released = false;
      try {
        let raw = first[0];
        let snapshot: RawCaseSnapshot | undefined = first.slice(1) as RawCaseSnapshot;
        for (;;) {
          // Set once the item went through applyLocked: its dispatch left the pending list for the pop to clear.
          let applied = false;
          try {
            const item = JSON.parse(raw) as MailboxItem;
            const opts = { snapshot, callerClearsPending: true };
            if (item.kind === 'event') {
              await processor.applyLocked(customerId, item.event, opts);
              applied = true;
            } else {
              if (await isSlipForOpenClaim(store, queues, item, clock)) {
                // The slip for a claim already with finance: evidence and a note on that alert, not a second claim.
              } else {
                await processor.applyLocked(
                  customerId,
                  (state, now) => {
                    const event = toEngineEvent(item, state.customer, state.invoices, now, understand);
                    if (event.type === 'reply') metrics.replies.inc({ intent: event.understood.intent });
                    return event;
                  },
                  opts,
                );
                applied = true;
              }
            }
          } catch (err) {
            if (isConnectionError(err) || !(await setAsideAfterRepeatedFailure(store, queues, customerId, raw, err as Error, clock))) throw err;
            logger.error({ err, customerId }, 'a mailbox item failed again and again: set aside, staff alerted, the rest of the mailbox goes on');
            const next = await store.redis.lindex(mailbox, 0);
            if (next === null) break;
            raw = next;
            snapshot = undefined;
            continue;
          }
          // The item is taken only now that it is applied (and the pending list its dispatch left goes
          // with it); the next item comes with its case read, and an empty mailbox gives the lock back.
          const next = await step('pop', applied);
          if (!Array.isArray(next)) {
            released = true;
            break;
          }
          raw = next[0];
          snapshot = next.slice(1) as RawCaseSnapshot;
        }
      } catch (err) {
        // A lost Redis is logged once by the runtime's outage watch, not once per customer.
        if (!isConnectionError(err)) logger.error({ err, customerId }, 'inbound processing failed; it will be retried');
        throw err;
      } finally {
        if (!released) await processor.lock.release(customerId, lockToken);
      }
    },
    { connection, prefix: keys.queuePrefix, concurrency: 20, lockDuration: 10000, stalledInterval: 5000 },
  );
}
