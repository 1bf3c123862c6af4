import type { RedisClient } from '../../src/redis/connect.js';
import type { Keys } from '../../src/runtime/keys.js';
import { PlatformError } from '../../src/errors.js';

/**
 * Slack allows about one message per second per channel. The slot lives in Redis (SET NX PX), so
 * every bot and worker process shares it. Wall time on purpose: Slack's limit does not follow the
 * simulation clock.
 */
export class ChannelPacer {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
    private readonly intervalMs = 1000,
    /** How long a send may wait for its slot before handing the wait back to the outbox. */
    private readonly maxWaitMs = 3000,
  ) {}

  async slot(channel: string): Promise<void> {
    const key = this.keys.rate(`slack-channel-${channel}`);
    let waited = 0;
    for (;;) {
      if ((await this.redis.set(key, '1', 'PX', this.intervalMs, 'NX')) === 'OK') return;
      const left = Math.max(1, await this.redis.pttl(key));
      if (waited + left > this.maxWaitMs) throw new PlatformError('slack', `slack channel ${channel} is busy`, true, left);
      await new Promise((r) => setTimeout(r, left));
      waited += left;
    }
  }
}
