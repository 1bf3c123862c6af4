import { createHash } from 'node:crypto';
import type { RedisClient } from './connect.js';

/**
 * A Lua script sent by its SHA1 (EVALSHA), so each call carries a 40-byte hash instead of the whole
 * script. Redis forgets scripts when it restarts: on NOSCRIPT the call is repeated once with EVAL,
 * which also loads the script for the next time. Not for use inside MULTI (a NOSCRIPT there would
 * fail one command of the transaction, not all of it): transactions keep plain EVAL.
 */
export class LuaScript {
  readonly sha: string;

  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: RedisClient, numKeys: number, ...args: Array<string | number>): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, numKeys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.source, numKeys, ...args);
    }
  }
}
