import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config/schema.js';
import type { EngineEvent, Playbook } from '../engine/types.js';
import type { AlertView, InboundMessage } from './ports.js';
import type { Actor, AlertAction, CustomerView, DuebotServices, StaffReply } from './services.js';
import type { Queues } from './queues.js';
import type { Store } from './store/index.js';
import type { CaseProcessor } from './process/processor.js';
import type { MailboxItem } from './process/inbound-event.js';
import { lastInboundKey } from './process/dispatch.js';
import { buildAlertView } from './alert-view.js';
import { executeStaffCommand } from './staff/execute.js';
import type { AlertJobData } from './process/outbound.js';

export interface ServiceDeps {
  config: Config;
  store: Store;
  queues: Queues;
  processor: CaseProcessor;
  clock: Clock;
  playbook: Playbook;
  logger: Logger;
}

const MAX_TEXT = 8000;

/** The runtime behind the adapters, the HTTP API and the CLI. */
export class RuntimeServices implements DuebotServices {
  constructor(readonly deps: ServiceDeps) {}

  /** Platform staff lists; the CLI, the API (token checked) and the web page act as staff already. */
  isStaff(actor: Actor): boolean {
    if (actor.platform === 'slack') return this.deps.config.SLACK_STAFF_USERS.includes(actor.id);
    if (actor.platform === 'wecom') return this.deps.config.WECOM_STAFF_IDS.includes(actor.id);
    return actor.platform === 'cli' || actor.platform === 'api' || actor.platform === 'web' || actor.platform === 'local';
  }

  async inbound(msg: InboundMessage & { mentionsBot?: boolean }): Promise<{ accepted: boolean; customerId?: string }> {
    const { store, queues, clock } = this.deps;
    const customerId = await store.customers.findByContact(msg.platform, msg.address);
    if (!customerId) return { accepted: false };
    // In a group chat, only the customer's linked people or a mention of the bot concern us.
    if (msg.platform === 'wecom' && msg.sender !== msg.address && !msg.mentionsBot) {
      const senderCustomer = await store.customers.findByContact(msg.platform, msg.sender);
      if (senderCustomer !== customerId) return { accepted: false };
    }
    const text = [...(msg.text ?? '')].slice(0, MAX_TEXT).join('');
    const id = `in-${msg.platform}-${msg.platformMessageId || randomUUID()}${msg.action ? `-${msg.action.id}` : ''}`;
    const item: MailboxItem = { kind: 'message', id, customerId, msg: { ...msg, text } };
    const now = clock.now().toISOString();
    // One transaction: the evidence line, the reply address and the mailbox item are written together,
    // and the rep-thread lookup rides along (one round trip where there were three).
    const multi = store.redis.multi();
    store.audit.addAppend(multi, [
      {
        at: now,
        actor: `customer:${msg.platform}:${msg.sender}`,
        kind: msg.action ? 'button_click' : msg.attachment ? 'attachment_in' : 'message_in',
        customerId,
        platformMessageId: msg.platformMessageId,
        payload: { platform: msg.platform, address: msg.address, text, ...(msg.action ? { action: msg.action.id } : {}), ...(msg.attachment ? { attachment: msg.attachment } : {}) },
      },
    ]);
    multi.hset(lastInboundKey(store, customerId), { platform: msg.platform, address: msg.address, ...(msg.threadId ? { threadId: msg.threadId } : { threadId: '' }) });
    multi.rpush(store.keys.mailbox(customerId), JSON.stringify(item));
    multi.get(this.repThreadKey(customerId));
    const results = await multi.exec();
    const failed = results?.find(([err]) => err);
    if (!results || failed) throw failed?.[0] ?? new Error('the inbound transaction was discarded');
    const repThread = results[results.length - 1]![1] as string | null;
    await queues.inbound.add('mail', { customerId }, { jobId: `mail-${id}`.replace(/:/g, '-') });
    await this.relayToRep(repThread, text);
    return { accepted: true, customerId };
  }

  private repThreadKey(customerId: string) {
    return this.deps.store.keys.k('rep-thread', customerId);
  }

  /** After a rep's `say`, the customer's answer is shown to staff under the alert. */
  private async relayToRep(escalationId: string | null, text: string): Promise<void> {
    if (!escalationId || !text) return;
    const data: AlertJobData = { op: 'note', escalationId, text };
    await this.deps.queues.alerts.add('note', data);
  }

  /** Puts an engine event in the customer's mailbox (durable, in order with their messages). */
  async enqueueEvent(customerId: string, event: EngineEvent): Promise<void> {
    const item: MailboxItem = { kind: 'event', customerId, event };
    await this.deps.store.redis.rpush(this.deps.store.keys.mailbox(customerId), JSON.stringify(item));
    await this.deps.queues.inbound.add('mail', { customerId }, { jobId: `mail-${event.id}`.replace(/:/g, '-') });
  }

  /** Applies an event now, holding the case lock, for callers that answer a person. */
  async applyNow(customerId: string, event: EngineEvent) {
    return this.deps.processor.apply(customerId, event);
  }

  async staffCommand(line: string, actor: Actor, lang: 'zh' | 'en' = this.deps.config.DUEBOT_LANG): Promise<StaffReply> {
    if (!this.isStaff(actor)) {
      return { ok: false, text: lang === 'zh' ? '抱歉,这个命令只对催收团队开放。' : 'Sorry, this command is for the collections team only.' };
    }
    return executeStaffCommand(this, line, actor, lang);
  }

  async alertAction(escalationId: string, action: AlertAction, actor: Actor): Promise<AlertView> {
    const { store, clock } = this.deps;
    if (!this.isStaff(actor)) throw new Error('only staff can act on alerts');
    const customerId = await store.escalations.customerOf(escalationId);
    if (!customerId) throw new Error(`no alert ${escalationId}`);
    const id = `staff-${escalationId}-${action}-${randomUUID()}`;
    const who = actor.name ?? actor.id;
    const now = clock.now();
    const event: EngineEvent =
      action === 'acknowledge'
        ? { type: 'staff', id, actor: who, action: 'acknowledge', escalationId }
        : action === 'assign_to_me'
          ? { type: 'staff', id, actor: who, action: 'assign', escalationId, assignee: who }
          : action === 'snooze_1d'
            ? { type: 'staff', id, actor: who, action: 'snooze', escalationId, until: new Date(now.getTime() + 86400000).toISOString() }
            : action === 'mark_paid'
              ? { type: 'staff', id, actor: who, action: 'mark_paid' }
              : { type: 'staff', id, actor: who, action: 'approve_notice', escalationId };
    await this.applyNow(customerId, event);
    const view = await this.alertView(escalationId);
    if (!view) throw new Error(`no alert ${escalationId}`);
    return view;
  }

  alertView(escalationId: string): Promise<AlertView | null> {
    return buildAlertView(this.deps.store, escalationId, this.deps.config.DUEBOT_PUBLIC_URL);
  }

  async firstTime(scope: string, id: string, ttlSeconds: number): Promise<boolean> {
    const ok = await this.deps.store.redis.set(this.deps.store.keys.dedup(scope, id), '1', 'EX', ttlSeconds, 'NX');
    return ok === 'OK';
  }

  async forget(scope: string, id: string): Promise<void> {
    await this.deps.store.redis.del(this.deps.store.keys.dedup(scope, id));
  }

  async customerView(customerId: string): Promise<CustomerView | null> {
    const { store } = this.deps;
    const customer = await store.customers.get(customerId);
    if (!customer) return null;
    const [invoices, c, audit] = await Promise.all([
      store.invoices.forCustomer(customerId),
      store.cases.get(customerId),
      store.audit.forCustomer(customerId, { count: 100, latest: true }),
    ]);
    return { customer, invoices, case: c, escalations: c?.escalations ?? [], audit };
  }

  setAlertRef(escalationId: string, sink: string, ref: string): Promise<void> {
    return this.deps.store.escalations.setRef(escalationId, sink, ref);
  }

  getAlertRef(escalationId: string, sink: string): Promise<string | null> {
    return this.deps.store.escalations.getRef(escalationId, sink);
  }
}
