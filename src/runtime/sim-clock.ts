import type { RedisClient } from '../redis/connect.js';
import { simulatedClock, systemClock, type Clock } from '../clock.js';
import type { Config } from '../config/schema.js';
import type { Keys } from './keys.js';

/**
 * With DUEBOT_CLOCK_START/SPEED every process must agree on simulated time, so the anchor
 * (simulated start, real instant it began) is written once in Redis and read by all.
 */
export async function resolveClock(config: Config, redis: RedisClient, keys: Keys): Promise<Clock> {
  if (!config.DUEBOT_CLOCK_START) return systemClock;
  const speed = config.DUEBOT_CLOCK_SPEED ?? 1;
  const start = new Date(config.DUEBOT_CLOCK_START).getTime();
  const proposal = JSON.stringify({ start, realStart: Date.now(), speed });
  await redis.set(keys.clockAnchor(), proposal, 'NX');
  const anchor = JSON.parse((await redis.get(keys.clockAnchor())) ?? proposal) as { start: number; realStart: number; speed: number };
  if (anchor.start !== start || anchor.speed !== speed) {
    // A new simulation (other start or speed) replaces the old anchor.
    await redis.set(keys.clockAnchor(), proposal);
    return simulatedClock(new Date(start), speed);
  }
  return simulatedClock(new Date(anchor.start), anchor.speed, Date.now, anchor.realStart);
}
