import type { Request, Response } from 'express';
import type { RedisClient } from '../redis/connect.js';
import { version } from '../version.js';
import { queueCounts, type Queues } from '../runtime/queues.js';

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz: 200 with status ok when Redis answers, 503 with status degraded otherwise. */
export function healthHandler(redis: RedisClient, queues: () => Queues | undefined) {
  return async (_req: Request, res: Response) => {
    let redisStatus = 'ok';
    let counts: Record<string, Record<string, number>> = {};
    try {
      if (redis.status !== 'ready') throw new Error(redis.status);
      await withTimeout(redis.ping(), 1000);
      const q = queues();
      if (q) counts = await withTimeout(queueCounts(q), 2000);
    } catch (err) {
      redisStatus = `unreachable (${(err as Error).message})`;
    }
    const ok = redisStatus === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', redis: redisStatus, queues: counts, version });
  };
}
