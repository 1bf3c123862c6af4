import type { RedisClient } from './connect.js';
import type { Logger } from 'pino';

const CONNECTION_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection is closed|connect ETIMEDOUT|Stream isn't writeable|write after end|Socket closed unexpectedly|LOADING|Reached the max retries/i;

// Jobs that were running when Redis went away lose their locks; BullMQ says so once per job after it is back.
const LOCK_LOST = /could not renew lock|Missing lock for job|Missing key for job/i;
const AFTERMATH_MS = 60000;

/** True for the errors a lost or restarting Redis causes (as opposed to a bug or a bad command). */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string; name?: string } | undefined;
  if (!e) return false;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  return CONNECTION_ERROR.test(`${e.code ?? ''} ${e.message ?? ''}`);
}

/**
 * One line when Redis goes away and one when it is back, however many clients (the main one, every
 * BullMQ worker and queue connection) report the same outage meanwhile. The main client's state
 * decides: an error from a straggling connection while the main client is ready starts no outage.
 */
export class RedisOutage {
  private downSince: number | undefined;
  private backAt = -Infinity;
  private suppressed = 0;

  constructor(
    private readonly redis: RedisClient,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    redis.on('error', (err: Error) => this.report(err));
    redis.on('ready', () => this.recovered());
  }

  get down(): boolean {
    return this.downSince !== undefined;
  }

  /** Any client's error: connection errors are counted into the outage; others are logged as they come. */
  report(err: unknown, context: Record<string, unknown> = {}): void {
    const aftermath = this.downSince !== undefined || this.now() - this.backAt < AFTERMATH_MS;
    if (aftermath && LOCK_LOST.test((err as Error)?.message ?? '')) {
      // The job is taken up again as stalled; the ledger and event ids make the second run a no-op.
      this.logger.debug({ err, ...context }, 'a job lost its lock during the Redis outage; it will run again');
      return;
    }
    if (!isConnectionError(err)) {
      this.logger.warn({ err, ...context }, 'Redis client error (will keep trying)');
      return;
    }
    if (this.downSince !== undefined) {
      this.suppressed++;
      return;
    }
    if (this.redis.status === 'ready') {
      this.logger.debug({ err, ...context }, 'Redis connection error on one client while the main client is ready');
      return;
    }
    this.downSince = this.now();
    this.suppressed = 0;
    this.logger.error({ err: { message: (err as Error).message, code: (err as { code?: string }).code }, ...context }, 'Redis unreachable: work waits and resumes when it is back (this is logged once per outage)');
  }

  private recovered(): void {
    if (this.downSince === undefined) return;
    const seconds = Math.round((this.now() - this.downSince) / 100) / 10;
    this.logger.warn({ seconds, errorsWhileDown: this.suppressed }, 'Redis back: resuming work');
    this.downSince = undefined;
    this.backAt = this.now();
    this.suppressed = 0;
  }
}
