import type { Worker } from 'bullmq';
import type { RedisClient } from '../redis/connect.js';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config/schema.js';
import type { Playbook } from '../engine/types.js';
import type { Keys } from './keys.js';
import type { AlertSink, ChannelAdapter } from './ports.js';
import { createQueues, closeQueues, type Queues } from './queues.js';
import { Store } from './store/index.js';
import { CaseProcessor, type DecideFn } from './process/processor.js';
import type { UnderstandFn } from './process/inbound-event.js';
import { RuntimeServices } from './service.js';
import { Metrics } from './metrics.js';
import { startStepsWorker } from './workers/steps.js';
import { startInboundWorker } from './workers/inbound.js';
import { startOutboxWorker } from './workers/outbox.js';
import { startAlertsWorker } from './workers/alerts.js';
import { RedisOutage } from '../redis/outage.js';
import { attemptSend } from './outbox/attempt.js';
import type { OutboxJobData } from './process/outbound.js';

export interface RuntimeOptions {
  config: Config;
  redis: RedisClient;
  keys: Keys;
  clock: Clock;
  playbook: Playbook;
  logger: Logger;
  decide: DecideFn;
  understand: UnderstandFn;
}

/** The spine: store, queues, the case processor and the services; workers start on demand. */
export class Runtime {
  readonly store: Store;
  readonly queues: Queues;
  readonly processor: CaseProcessor;
  readonly services: RuntimeServices;
  readonly metrics: Metrics;
  readonly outage: RedisOutage;
  readonly channels = new Map<string, ChannelAdapter>();
  readonly sinks: AlertSink[] = [];
  private workers: Worker[] = [];
  private closed = false;
  /**
   * BullMQ's own connection. BullMQ defines some fifty Lua commands on the connection it is given,
   * and ioredis copies every defined command into each pipeline and transaction made on that
   * connection: sharing it made each of the store's MULTIs cost more than its commands (~5% of the
   * inbound path's CPU). The store keeps a clean connection; queues and workers share this one.
   */
  private readonly bullConnection: RedisClient;

  constructor(readonly opts: RuntimeOptions) {
    const { redis, keys, clock, playbook, logger, decide, config } = opts;
    this.store = new Store(redis, keys);
    this.bullConnection = redis.duplicate() as RedisClient;
    this.bullConnection.on('error', () => undefined);
    this.queues = createQueues(this.bullConnection, keys);
    this.outage = new RedisOutage(redis, logger);
    // A Queue without an 'error' listener would throw (and end the process) on the first lost connection.
    for (const [name, q] of Object.entries(this.queues)) q.on('error', (err) => this.outage.report(err, { queue: name }));
    this.metrics = new Metrics(() => (this.closed ? undefined : this.queues));
    // An answer to a customer goes out from the deciding process when this process has that platform's
    // adapter and the send may go now; anything else waits in the outbox.
    const sendNow = async (data: OutboxJobData): Promise<boolean> => {
      const adapter = this.channels.get(data.platform);
      if (!adapter || this.closed) return false;
      const outcome = await attemptSend({ keys, store: this.store, clock, metrics: this.metrics }, adapter, data);
      return outcome.kind !== 'wait';
    };
    this.processor = new CaseProcessor({ store: this.store, queues: this.queues, playbook, clock, decide, logger, sendNow });
    this.services = new RuntimeServices({ config, store: this.store, queues: this.queues, processor: this.processor, clock, playbook, logger });
  }

  addChannel(adapter: ChannelAdapter): void {
    this.channels.set(adapter.platform, adapter);
  }

  addSink(sink: AlertSink): void {
    this.sinks.push(sink);
  }

  startWorkers(opts: { outboxConcurrency?: number } = {}): void {
    const { keys, clock, logger, understand, config } = this.opts;
    const redis = this.bullConnection;
    const log = logger.child({ part: 'worker' });
    this.workers = [
      startStepsWorker(redis, keys, this.processor, clock, this.metrics),
      startInboundWorker(redis, keys, this.store, this.queues, this.processor, understand, clock, this.metrics, log),
      startOutboxWorker(redis, keys, this.store, this.queues, () => this.channels, clock, this.metrics, log, opts.outboxConcurrency),
      startAlertsWorker(redis, keys, this.store, () => this.sinks, clock, log, config.DUEBOT_PUBLIC_URL),
    ];
    // While Redis is away every worker reports every retry: the outage is logged once, not per error.
    for (const w of this.workers) w.on('error', (err) => this.outage.report(err, { queue: w.name }));
  }

  /** Stops taking jobs, lets the running ones finish, closes the queues. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.close()));
    const bull = this.bullConnection;
    // BullMQ reports its connection closed while it was still setting up (version check, scripts) as
    // an error nobody listens to any more: let that finish (briefly) before closing.
    await Promise.race([Promise.all(Object.values(this.queues).map((q) => q.waitUntilReady().catch(() => undefined))), new Promise((r) => setTimeout(r, 2000).unref())]);
    await closeQueues(this.queues);
    await bull.quit().catch(() => bull.disconnect());
  }
}
