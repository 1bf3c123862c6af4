import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import type { AlertSink, AlertView } from '../../src/runtime/ports.js';

/** The page's staff channel: alerts kept in Redis (latest view per escalation) and pushed live. */
export class LocalAlertSink implements AlertSink {
  readonly name = 'local';
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  private listKey() { return this.keys.local('alerts'); }
  private viewKey() { return this.keys.local('alert-views'); }

  async post(alert: AlertView): Promise<{ ref?: string }> {
    const multi = this.redis.multi();
    multi.hset(this.viewKey(), alert.escalationId, JSON.stringify(alert));
    multi.rpush(this.listKey(), alert.escalationId);
    multi.publish(this.keys.local('events'), JSON.stringify({ type: 'alert', alert }));
    await multi.exec();
    return { ref: alert.escalationId };
  }

  async update(alert: AlertView): Promise<void> {
    await this.redis.hset(this.viewKey(), alert.escalationId, JSON.stringify(alert));
    await this.redis.publish(this.keys.local('events'), JSON.stringify({ type: 'alert', alert }));
  }

  async note(alert: AlertView, _ref: string | null, text: string): Promise<void> {
    await this.redis.publish(this.keys.local('events'), JSON.stringify({ type: 'alert_note', escalationId: alert.escalationId, text }));
  }

  async list(last = 100): Promise<AlertView[]> {
    const ids = await this.redis.lrange(this.listKey(), -last, -1);
    if (!ids.length) return [];
    const raws = await this.redis.hmget(this.viewKey(), ...ids);
    return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as AlertView).reverse();
  }
}
