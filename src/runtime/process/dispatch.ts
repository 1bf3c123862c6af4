import type { Clock } from '../../clock.js';
import type { Case } from '../../domain/case.js';
import type { Customer, Contact } from '../../domain/customer.js';
import type { Effect } from '../../engine/types.js';
import type { Queues } from '../queues.js';
import type { Store } from '../store/index.js';
import type { AlertJobData, OutboxJobData } from './outbound.js';
import { timerJobId, type TimerJobData } from './timers.js';

export type Dispatchable = Extract<Effect, { kind: 'send' | 'schedule' | 'cancel_timers' | 'raise_escalation' | 'resolve_escalation' }>;

export interface DispatchDeps {
  store: Store;
  queues: Queues;
  clock: Clock;
}

const ROLE_ORDER: Record<Contact['role'], number> = { payer: 0, finance: 1, owner: 2 };

/** Where reminders go: the payer's chat first, then finance, then the owner. */
export function primaryContact(customer: Customer): Contact | undefined {
  return [...customer.contacts].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])[0];
}

export function lastInboundKey(store: Store, customerId: string) {
  return store.keys.k('last-inbound', customerId);
}

/** Turns effects into BullMQ jobs. Every job id is derived from the effect, so dispatching twice adds nothing. */
export async function dispatchEffects(deps: DispatchDeps, customer: Customer, c: Case, effects: Dispatchable[], now: Date): Promise<void> {
  const { store, queues, clock } = deps;
  const timersKey = store.keys.k('timers', customer.id);
  for (const e of effects) {
    switch (e.kind) {
      case 'send': {
        const last = e.reply ? await store.redis.hgetall(lastInboundKey(store, customer.id)) : {};
        const contact = last.platform && last.address ? { platform: last.platform as Contact['platform'], address: last.address } : primaryContact(customer);
        if (!contact) {
          await store.audit.append({ at: now.toISOString(), actor: 'bot', kind: 'send_blocked', customerId: customer.id, payload: { messageId: e.messageId, reason: 'no_contact' } });
          break;
        }
        const data: OutboxJobData = {
          messageId: e.messageId,
          customerId: customer.id,
          platform: contact.platform,
          address: contact.address,
          text: e.text,
          language: e.language,
          template: e.template,
          tone: e.tone,
          reply: e.reply,
          ...(e.buttons ? { buttons: e.buttons.map((b) => ({ ...b, value: b.id })) } : {}),
          ...(e.reply && last.threadId ? { threadId: last.threadId } : {}),
        };
        await queues.outbox.add('send', data, { jobId: `send-${e.messageId}` });
        break;
      }
      case 'schedule': {
        const jobId = timerJobId(customer.id, e);
        const data: TimerJobData = { customerId: customer.id, timer: e.timer, epoch: e.epoch, stepIndex: e.stepIndex, promiseId: e.promiseId, at: e.at };
        const delay = clock.realDelay(Date.parse(e.at) - now.getTime());
        await queues.steps.add(e.timer, data, { jobId, delay });
        await store.redis.zadd(timersKey, e.epoch, jobId);
        break;
      }
      case 'cancel_timers': {
        const stale = await store.redis.zrangebyscore(timersKey, '-inf', `(${e.beforeEpoch}`);
        for (const jobId of stale) {
          // A timer that is already running can't be removed; its stale epoch makes it do nothing.
          await queues.steps.remove(jobId).catch(() => 0);
        }
        if (stale.length) await store.redis.zrem(timersKey, ...stale);
        break;
      }
      case 'raise_escalation': {
        const data: AlertJobData = { op: 'post', escalationId: e.escalation.id };
        await queues.alerts.add('post', data, { jobId: `alert-${e.escalation.id}` });
        break;
      }
      case 'resolve_escalation': {
        const data: AlertJobData = { op: 'update', escalationId: e.escalationId };
        await queues.alerts.add('update', data, { jobId: `alert-${e.escalationId}-${e.status}-${Date.now()}` });
        break;
      }
    }
  }
}

/**
 * The bulk form of dispatchEffects for many customers at once (imports): timers and plain sends go
 * out with one addBulk per queue; anything less common takes the one-by-one path.
 */
export async function dispatchMany(deps: DispatchDeps, items: Array<{ customer: Customer; next: Case; effects: Dispatchable[] }>, now: Date): Promise<void> {
  const { store, queues, clock } = deps;
  const timerJobs: Array<{ name: string; data: TimerJobData; opts: { jobId: string; delay: number } }> = [];
  const sendJobs: Array<{ name: string; data: OutboxJobData; opts: { jobId: string } }> = [];
  const alertJobs: Array<{ name: string; data: AlertJobData; opts: { jobId: string } }> = [];
  const timerIndex = store.redis.pipeline();
  const cancels: Array<{ customerId: string; beforeEpoch: number }> = [];
  for (const { customer, next, effects } of items) {
    const simple = effects.every((e) => e.kind === 'schedule' || e.kind === 'raise_escalation' || (e.kind === 'send' && !e.reply) || e.kind === 'cancel_timers');
    const contact = primaryContact(customer);
    if (!simple || (effects.some((e) => e.kind === 'send') && !contact)) {
      await dispatchEffects(deps, customer, next, effects, now);
      continue;
    }
    for (const e of effects) {
      if (e.kind === 'schedule') {
        const jobId = timerJobId(customer.id, e);
        timerJobs.push({ name: e.timer, data: { customerId: customer.id, timer: e.timer, epoch: e.epoch, stepIndex: e.stepIndex, promiseId: e.promiseId, at: e.at }, opts: { jobId, delay: clock.realDelay(Date.parse(e.at) - now.getTime()) } });
        timerIndex.zadd(store.keys.k('timers', customer.id), e.epoch, jobId);
      } else if (e.kind === 'send') {
        sendJobs.push({
          name: 'send',
          data: { messageId: e.messageId, customerId: customer.id, platform: contact!.platform, address: contact!.address, text: e.text, language: e.language, template: e.template, tone: e.tone, reply: e.reply, ...(e.buttons ? { buttons: e.buttons.map((b) => ({ ...b, value: b.id })) } : {}) },
          opts: { jobId: `send-${e.messageId}` },
        });
      } else if (e.kind === 'raise_escalation') {
        alertJobs.push({ name: 'post', data: { op: 'post', escalationId: e.escalation.id }, opts: { jobId: `alert-${e.escalation.id}` } });
      } else if (e.kind === 'cancel_timers') {
        cancels.push({ customerId: customer.id, beforeEpoch: e.beforeEpoch });
      }
    }
  }
  // Stale timers of all the batch's customers, found in one round trip (new customers have none).
  if (cancels.length) {
    const finding = store.redis.pipeline();
    for (const c of cancels) finding.zrangebyscore(store.keys.k('timers', c.customerId), '-inf', `(${c.beforeEpoch}`);
    const found = (await finding.exec()) ?? [];
    for (const [i, c] of cancels.entries()) {
      const stale = (found[i]?.[1] as string[] | undefined) ?? [];
      for (const jobId of stale) await queues.steps.remove(jobId).catch(() => 0);
      if (stale.length) await store.redis.zrem(store.keys.k('timers', c.customerId), ...stale);
    }
  }
  if (timerJobs.length) await queues.steps.addBulk(timerJobs);
  if (sendJobs.length) await queues.outbox.addBulk(sendJobs);
  if (alertJobs.length) await queues.alerts.addBulk(alertJobs);
  await timerIndex.exec();
}
