import type { Clock } from '../../clock.js';
import type { Case } from '../../domain/case.js';
import type { Customer, Contact } from '../../domain/customer.js';
import type { Effect } from '../../engine/types.js';
import type { ChainableCommander } from 'ioredis';
import type { Queues } from '../queues.js';
import type { Store } from '../store/index.js';
import type { AlertJobData, OutboxJobData } from './outbound.js';
import { timerJobId, type TimerJobData } from './timers.js';

export type Dispatchable = Extract<Effect, { kind: 'send' | 'schedule' | 'cancel_timers' | 'raise_escalation' | 'resolve_escalation' }>;

export interface DispatchDeps {
  store: Store;
  queues: Queues;
  clock: Clock;
  /**
   * Sends an answer to a customer's message at once, from the process that decided it: true when it
   * went out (or had already). False or a throw hands it to the outbox, which retries and dead-letters.
   */
  sendNow?: (data: OutboxJobData) => Promise<boolean>;
}

const ROLE_ORDER: Record<Contact['role'], number> = { payer: 0, finance: 1, owner: 2 };

/** Where reminders go: the payer's chat first, then finance, then the owner. */
export function primaryContact(customer: Customer): Contact | undefined {
  return [...customer.contacts].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])[0];
}

export function lastInboundKey(store: Store, customerId: string) {
  return store.keys.k('last-inbound', customerId);
}

/** The customer's pending timer jobs (member: job id, score: epoch), so a new plan can cancel the old. */
export function timersKey(store: Store, customerId: string) {
  return store.keys.k('timers', customerId);
}

/**
 * What the caller may already have read with the case (the reply address, the timer index): given,
 * dispatching needs no reads of its own before it writes.
 */
export interface KnownForDispatch {
  lastInbound?: Record<string, string>;
  timers?: Array<{ jobId: string; epoch: number }>;
  /** The timer index changes went into the decision's transaction already (addTimerIndexWrites). */
  timerIndexWritten?: boolean;
}

/**
 * The timer index's side of the effects (new timers in, cancelled ones out), for the decision's own
 * transaction. Safe ahead of the jobs: a timer indexed but not yet added is added by the pending
 * list's replay, and a cancelled one that a crash left queued fires with a stale epoch and does nothing.
 */
export function addTimerIndexWrites(multi: ChainableCommander, store: Store, customerId: string, effects: Dispatchable[], timers: Array<{ jobId: string; epoch: number }>): void {
  const key = timersKey(store, customerId);
  const { adds, removes } = timerIndexChanges(customerId, effects, timers);
  for (const [epoch, jobId] of adds) multi.zadd(key, epoch, jobId);
  if (removes.length) multi.zrem(key, ...removes);
}

/** The same for many customers in one script call (an import batch): one command instead of one per customer. */
export function addTimerIndexWritesMany(multi: ChainableCommander, store: Store, items: Array<{ customerId: string; effects: Dispatchable[]; timers: Array<{ jobId: string; epoch: number }> }>): void {
  const keys: string[] = [];
  const argv: Array<string | number> = [];
  for (const { customerId, effects, timers } of items) {
    const { adds, removes } = timerIndexChanges(customerId, effects, timers);
    if (adds.length === 0 && removes.length === 0) continue;
    keys.push(timersKey(store, customerId));
    argv.push(adds.length, ...adds.flat(), removes.length, ...removes);
  }
  if (keys.length) multi.eval(TIMER_INDEX_MANY, keys.length, ...keys, ...argv);
}

// KEYS: one timer index per customer. ARGV, per key in order: how many to add, then (epoch, job id)
// pairs; how many to remove, then the job ids.
const TIMER_INDEX_MANY = `
local a = 1
for k = 1, #KEYS do
  local n = tonumber(ARGV[a])
  a = a + 1
  for _ = 1, n do
    redis.call('ZADD', KEYS[k], ARGV[a], ARGV[a + 1])
    a = a + 2
  end
  local r = tonumber(ARGV[a])
  a = a + 1
  for _ = 1, r do
    redis.call('ZREM', KEYS[k], ARGV[a])
    a = a + 1
  end
end
return 1
`;

function timerIndexChanges(customerId: string, effects: Dispatchable[], timers: Array<{ jobId: string; epoch: number }>): { adds: Array<[number, string]>; removes: string[] } {
  const adds: Array<[number, string]> = [];
  const removes: string[] = [];
  for (const e of effects) {
    if (e.kind === 'schedule') adds.push([e.epoch, timerJobId(customerId, e)]);
    if (e.kind === 'cancel_timers') for (const t of timers) if (t.epoch < e.beforeEpoch) removes.push(t.jobId);
  }
  return { adds, removes };
}

/**
 * Turns effects into BullMQ jobs. Every job id is derived from the effect, so dispatching twice adds
 * nothing. The effects' writes go out together (they touch different jobs and keys) and are awaited
 * together: one round trip's wait instead of one per effect.
 */
export async function dispatchEffects(deps: DispatchDeps, customer: Customer, c: Case, effects: Dispatchable[], now: Date, known: KnownForDispatch = {}): Promise<void> {
  const { store, queues, clock } = deps;
  const timers = timersKey(store, customer.id);
  const needsLast = effects.some((e) => e.kind === 'send' && e.reply) && !known.lastInbound;
  const last = needsLast ? await store.redis.hgetall(lastInboundKey(store, customer.id)) : (known.lastInbound ?? {});
  const writes: Array<Promise<unknown>> = [];
  for (const e of effects) {
    switch (e.kind) {
      case 'send': {
        const useLast = e.reply && last.platform && last.address;
        const contact = useLast ? { platform: last.platform as Contact['platform'], address: last.address! } : primaryContact(customer);
        if (!contact) {
          writes.push(store.audit.append({ at: now.toISOString(), actor: 'bot', kind: 'send_blocked', customerId: customer.id, payload: { messageId: e.messageId, reason: 'no_contact' } }));
          break;
        }
        const data = outboxJob(e, customer.id, contact, e.reply ? last.threadId : undefined);
        const queue = () => queues.outbox.add('send', data, { jobId: `send-${e.messageId}` });
        // The customer who just wrote waits for this answer: no queue hop unless it has to wait or retry.
        const sendNow = e.reply ? deps.sendNow : undefined;
        writes.push(sendNow ? sendNow(data).then((done) => (done ? undefined : queue()), queue) : queue());
        break;
      }
      case 'schedule': {
        const jobId = timerJobId(customer.id, e);
        const data: TimerJobData = { customerId: customer.id, timer: e.timer, epoch: e.epoch, stepIndex: e.stepIndex, promiseId: e.promiseId, at: e.at };
        const delay = clock.realDelay(Date.parse(e.at) - now.getTime());
        writes.push(queues.steps.add(e.timer, data, { jobId, delay }));
        if (!known.timerIndexWritten) writes.push(store.redis.zadd(timers, e.epoch, jobId));
        break;
      }
      case 'cancel_timers': {
        writes.push(cancelTimers(deps, timers, e.beforeEpoch, known));
        break;
      }
      case 'raise_escalation': {
        const data: AlertJobData = { op: 'post', escalationId: e.escalation.id };
        writes.push(queues.alerts.add('post', data, { jobId: `alert-${e.escalation.id}` }));
        break;
      }
      case 'resolve_escalation': {
        const data: AlertJobData = { op: 'update', escalationId: e.escalationId };
        writes.push(queues.alerts.add('update', data, { jobId: `alert-${e.escalationId}-${e.status}-${Date.now()}` }));
        break;
      }
    }
  }
  // Every write is awaited (a failure fails the dispatch, which is then repeated from the pending list).
  const results = await Promise.allSettled(writes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The outbox job for a send effect: everything the adapter needs, going to `contact`. */
function outboxJob(e: Extract<Dispatchable, { kind: 'send' }>, customerId: string, contact: Pick<Contact, 'platform' | 'address'>, threadId?: string): OutboxJobData {
  return {
    messageId: e.messageId,
    customerId,
    platform: contact.platform,
    address: contact.address,
    text: e.text,
    language: e.language,
    template: e.template,
    tone: e.tone,
    reply: e.reply,
    ...(e.buttons ? { buttons: e.buttons.map((b) => ({ ...b, value: b.id })) } : {}),
    ...(threadId ? { threadId } : {}),
  };
}

/** Removes the timers of epochs before `beforeEpoch`; the new plan's timers have later epochs and stay. */
async function cancelTimers(deps: DispatchDeps, timers: string, beforeEpoch: number, known: KnownForDispatch): Promise<void> {
  const { store, queues } = deps;
  const stale = known.timers ? known.timers.filter((t) => t.epoch < beforeEpoch).map((t) => t.jobId) : await store.redis.zrangebyscore(timers, '-inf', `(${beforeEpoch}`);
  if (stale.length === 0) return;
  // A timer that is already running can't be removed; its stale epoch makes it do nothing.
  const removals: Array<Promise<unknown>> = stale.map((jobId) => queues.steps.remove(jobId).catch(() => 0));
  if (!known.timerIndexWritten) removals.push(store.redis.zrem(timers, ...stale));
  await Promise.all(removals);
}

/**
 * The bulk form of dispatchEffects for many customers at once (imports): timers and plain sends go
 * out with one addBulk per queue; anything less common takes the one-by-one path. An item that
 * carries its `timers` had its timer index written with the decision (addTimerIndexWrites); only the
 * stale jobs are left to remove.
 */
export async function dispatchMany(deps: DispatchDeps, items: Array<{ customer: Customer; next: Case; effects: Dispatchable[]; timers?: Array<{ jobId: string; epoch: number }> }>, now: Date): Promise<void> {
  const { store, queues, clock } = deps;
  const timerJobs: Array<{ name: string; data: TimerJobData; opts: { jobId: string; delay: number } }> = [];
  const sendJobs: Array<{ name: string; data: OutboxJobData; opts: { jobId: string } }> = [];
  const alertJobs: Array<{ name: string; data: AlertJobData; opts: { jobId: string } }> = [];
  const timerIndex = store.redis.pipeline();
  let indexWrites = 0;
  const cancels: Array<{ customerId: string; beforeEpoch: number }> = [];
  const staleJobs: string[] = [];
  for (const { customer, next, effects, timers } of items) {
    const simple = effects.every((e) => e.kind === 'schedule' || e.kind === 'raise_escalation' || (e.kind === 'send' && !e.reply) || e.kind === 'cancel_timers');
    const contact = primaryContact(customer);
    if (!simple || (effects.some((e) => e.kind === 'send') && !contact)) {
      await dispatchEffects(deps, customer, next, effects, now, timers ? { timers, timerIndexWritten: true } : {});
      continue;
    }
    for (const e of effects) {
      if (e.kind === 'schedule') {
        const jobId = timerJobId(customer.id, e);
        timerJobs.push({ name: e.timer, data: { customerId: customer.id, timer: e.timer, epoch: e.epoch, stepIndex: e.stepIndex, promiseId: e.promiseId, at: e.at }, opts: { jobId, delay: clock.realDelay(Date.parse(e.at) - now.getTime()) } });
        if (!timers) {
          timerIndex.zadd(timersKey(store, customer.id), e.epoch, jobId);
          indexWrites++;
        }
      } else if (e.kind === 'send') {
        sendJobs.push({
          name: 'send',
          data: outboxJob(e, customer.id, contact!),
          opts: { jobId: `send-${e.messageId}` },
        });
      } else if (e.kind === 'raise_escalation') {
        alertJobs.push({ name: 'post', data: { op: 'post', escalationId: e.escalation.id }, opts: { jobId: `alert-${e.escalation.id}` } });
      } else if (e.kind === 'cancel_timers') {
        if (timers) staleJobs.push(...timers.filter((t) => t.epoch < e.beforeEpoch).map((t) => t.jobId));
        else cancels.push({ customerId: customer.id, beforeEpoch: e.beforeEpoch });
      }
    }
  }
  // Stale timers of the batch's customers whose index was not read with the case, found in one round trip.
  if (cancels.length) {
    const finding = store.redis.pipeline();
    for (const c of cancels) finding.zrangebyscore(timersKey(store, c.customerId), '-inf', `(${c.beforeEpoch}`);
    const found = (await finding.exec()) ?? [];
    for (const [i, c] of cancels.entries()) {
      const stale = (found[i]?.[1] as string[] | undefined) ?? [];
      staleJobs.push(...stale);
      if (stale.length) {
        timerIndex.zrem(timersKey(store, c.customerId), ...stale);
        indexWrites++;
      }
    }
  }
  // A timer that is already running can't be removed; its stale epoch makes it do nothing.
  await Promise.all(staleJobs.map((jobId) => queues.steps.remove(jobId).catch(() => 0)));
  if (timerJobs.length) await queues.steps.addBulk(timerJobs);
  if (sendJobs.length) await queues.outbox.addBulk(sendJobs);
  if (alertJobs.length) await queues.alerts.addBulk(alertJobs);
  if (indexWrites) await timerIndex.exec();
}
