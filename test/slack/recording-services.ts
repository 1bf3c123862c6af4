import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import type { AlertView, InboundMessage } from '../../src/runtime/ports.js';
import type { Actor, AlertAction, CustomerView, DuebotServices, StaffReply } from '../../src/runtime/services.js';

/**
 * A test double of the DuebotServices interface only: it records what the adapter asked for.
 * firstTime and the alert references use the real Redis, as the runtime does.
 */
export class RecordingServices implements DuebotServices {
  readonly inbounds: InboundMessage[] = [];
  readonly commands: Array<{ line: string; actor: Actor }> = [];
  readonly actions: Array<{ escalationId: string; action: AlertAction; actor: Actor }> = [];
  staffReply: StaffReply = { ok: true, text: 'done' };
  staffDelayMs = 0;
  /** When set, staffCommand fails with it (a mistake in the command, say). */
  staffFailure: Error | undefined;
  readonly alerts = new Map<string, AlertView>();
  /** When set, the next inbound calls fail with it, one each (the queue's Redis is down, say). */
  readonly inboundFailures: Error[] = [];
  readonly forgotten: Array<{ scope: string; id: string }> = [];

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async inbound(msg: InboundMessage) {
    const failure = this.inboundFailures.shift();
    if (failure) throw failure;
    this.inbounds.push(msg);
    return { accepted: true, customerId: 'C001' };
  }

  async staffCommand(line: string, actor: Actor): Promise<StaffReply> {
    this.commands.push({ line, actor });
    if (this.staffDelayMs) await new Promise((r) => setTimeout(r, this.staffDelayMs));
    if (this.staffFailure) throw this.staffFailure;
    return this.staffReply;
  }

  async alertAction(escalationId: string, action: AlertAction, actor: Actor): Promise<AlertView> {
    this.actions.push({ escalationId, action, actor });
    const view = this.alerts.get(escalationId);
    if (!view) throw new Error(`no escalation ${escalationId}`);
    const who = actor.name ?? actor.id;
    const next: AlertView = {
      ...view,
      status: action === 'acknowledge' || action === 'assign_to_me' ? 'acknowledged' : action === 'mark_paid' ? 'resolved' : view.status,
      ...(action === 'assign_to_me' ? { assignee: who } : {}),
      history: [...view.history, { at: '2026-12-04T10:00:00+08:00', actor: who, action }],
    };
    this.alerts.set(escalationId, next);
    return next;
  }

  async alertView(escalationId: string) {
    return this.alerts.get(escalationId) ?? null;
  }

  async firstTime(scope: string, id: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(this.keys.dedup(scope, id), '1', 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  async forget(scope: string, id: string): Promise<void> {
    this.forgotten.push({ scope, id });
    await this.redis.del(this.keys.dedup(scope, id));
  }

  async customerView(): Promise<CustomerView | null> {
    return null;
  }

  async setAlertRef(escalationId: string, sink: string, ref: string): Promise<void> {
    await this.redis.hset(this.keys.k('alert-ref', escalationId), sink, ref);
  }

  async getAlertRef(escalationId: string, sink: string): Promise<string | null> {
    return this.redis.hget(this.keys.k('alert-ref', escalationId), sink);
  }
}
