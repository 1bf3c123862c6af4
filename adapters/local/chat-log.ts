import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import { LuaScript } from '../../src/redis/script.js';

/** One line of a local chat, as the page shows it. */
export interface LocalChatLine {
  id: string;
  from: 'bot' | 'customer';
  text: string;
  at: string;
  buttons?: Array<{ id: string; label: string; value?: string }>;
}

// Delivery is idempotent by message id: a redelivered send appends nothing (the adapter's own log proves exactly-once).
const DELIVER = `
if redis.call('SET', KEYS[2], ARGV[3], 'NX') then
  redis.call('RPUSH', KEYS[1], ARGV[1])
  redis.call('RPUSH', KEYS[3], ARGV[3])
  redis.call('PUBLISH', KEYS[4], ARGV[2])
  return 1
end
return 0
`;
const DELIVER_SCRIPT = new LuaScript(DELIVER);

export class LocalChatLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  chatKey(address: string) { return this.keys.local('chat', address); }
  deliveredKey(messageId: string) { return this.keys.local('delivered', messageId); }
  /** Every delivered message id in order: the adapter's own log. */
  sentLogKey() { return this.keys.local('sent-log'); }
  channel() { return this.keys.local('events'); }

  async deliver(address: string, line: LocalChatLine): Promise<boolean> {
    const json = JSON.stringify(line);
    const event = JSON.stringify({ type: 'chat', address, line });
    const res = await DELIVER_SCRIPT.run(this.redis, 4, this.chatKey(address), this.deliveredKey(line.id), this.sentLogKey(), this.channel(), json, event, line.id);
    return Number(res) === 1;
  }

  async append(address: string, line: LocalChatLine): Promise<void> {
    // The line and its notice in one round trip, in that order.
    const results = await this.redis.pipeline().rpush(this.chatKey(address), JSON.stringify(line)).publish(this.channel(), JSON.stringify({ type: 'chat', address, line })).exec();
    const failed = results?.find(([err]) => err);
    if (failed) throw failed[0];
  }

  async read(address: string, last = 200): Promise<LocalChatLine[]> {
    return (await this.redis.lrange(this.chatKey(address), -last, -1)).map((s) => JSON.parse(s) as LocalChatLine);
  }

  async sentIds(): Promise<string[]> {
    return this.redis.lrange(this.sentLogKey(), 0, -1);
  }
}
