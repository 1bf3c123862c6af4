import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { RedisClient } from '../redis/connect.js';

/** Something only one process may run at a time: a Socket Mode connection, a logged-in puppet. */
export interface LeasedComponent {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeaseOptions {
  /** How long the lease lives without renewal: a dead holder is replaced within about this long. */
  ttlMs?: number;
  /** How often the holder renews (well inside ttlMs) and the others try to take it. */
  everyMs?: number;
  logger?: Logger;
}

// Renew or release only while the lease is still ours: a holder that stalled past its expiry must not
// extend (or delete) the lease another process has taken meanwhile.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Runs a component in exactly one process of many: the process that SETs the lease key (NX, with an
 * expiry) starts it and renews the lease; the others try again every `everyMs`. When the holder dies
 * its lease expires and another process takes over within ttlMs + everyMs. A holder that cannot renew
 * in time (Redis away, process stalled) stops its component, since someone else may hold it now.
 */
export class Lease {
  /** hostname:pid:random, so an operator (or a test) reading the key sees which process holds it. */
  readonly token = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly ttlMs: number;
  private readonly everyMs: number;
  private held = false;
  private lastRenewed = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly log: Logger | undefined;

  constructor(
    private readonly redis: RedisClient,
    readonly key: string,
    private readonly component: LeasedComponent,
    opts: LeaseOptions = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 5000;
    this.everyMs = opts.everyMs ?? Math.max(100, Math.floor(this.ttlMs / 5));
    this.log = opts.logger?.child({ lease: key });
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Begins trying; returns at once (the component starts whenever this process wins the lease). */
  start(): void {
    this.tick();
  }

  private tick(): void {
    this.running = this.step()
      .catch((err: unknown) => this.log?.warn({ err }, 'lease: step failed; trying again'))
      .finally(() => {
        if (!this.closed) this.timer = setTimeout(() => this.tick(), this.everyMs);
      });
  }

  private async step(): Promise<void> {
    if (this.held) {
      let renewed = false;
      try {
        renewed = Number(await this.redis.eval(RENEW, 1, this.key, this.token, this.ttlMs)) === 1;
        if (renewed) this.lastRenewed = Date.now();
      } catch (err) {
        // Not lost yet: the lease may still be ours until it would have expired.
        if (Date.now() - this.lastRenewed < this.ttlMs) throw err;
      }
      if (!renewed) {
        this.held = false;
        this.log?.warn('lease: lost (not renewed in time); stopping the component');
        await this.component.stop();
      }
      return;
    }
    const at = Date.now();
    if ((await this.redis.set(this.key, this.token, 'PX', this.ttlMs, 'NX')) !== 'OK') return;
    this.held = true;
    this.lastRenewed = at;
    this.log?.info('lease: taken; starting the component');
    try {
      await this.component.start();
    } catch (err) {
      // Let another process try: it may have what this one lacks.
      this.held = false;
      await this.redis.eval(RELEASE, 1, this.key, this.token).catch(() => undefined);
      throw err;
    }
  }

  /** Stops the component if it runs here and hands the lease back, so another process takes over at once. */
  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
    if (!this.held) return;
    this.held = false;
    await this.component.stop().catch((err: unknown) => this.log?.warn({ err }, 'lease: component stop failed'));
    await this.redis.eval(RELEASE, 1, this.key, this.token).catch(() => undefined);
  }
}
