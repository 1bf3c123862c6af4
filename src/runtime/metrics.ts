import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { QUEUE_NAMES, type Queues } from './queues.js';

/** Prometheus metrics of one process, served at /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly sent = new Counter({ name: 'duebot_messages_sent_total', help: 'messages delivered to customers', labelNames: ['platform', 'tone'] as const, registers: [this.registry] });
  readonly replies = new Counter({ name: 'duebot_replies_total', help: 'customer replies by intent', labelNames: ['intent'] as const, registers: [this.registry] });
  readonly promises = new Counter({ name: 'duebot_promises_total', help: 'promises by outcome', labelNames: ['status'] as const, registers: [this.registry] });
  readonly escalations = new Counter({ name: 'duebot_escalations_total', help: 'escalations raised', labelNames: ['reason'] as const, registers: [this.registry] });
  readonly sendFailures = new Counter({ name: 'duebot_send_failures_total', help: 'sends that ended in the dead-letter state', labelNames: ['platform'] as const, registers: [this.registry] });
  readonly sendLateness = new Histogram({ name: 'duebot_send_lateness_seconds', help: 'delivery instant minus planned instant', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300], registers: [this.registry] });
  readonly timerLateness = new Histogram({ name: 'duebot_timer_lateness_seconds', help: 'timer fire instant minus planned instant', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60], registers: [this.registry] });
  private readonly depth = new Gauge({ name: 'duebot_queue_depth', help: 'jobs per queue and state', labelNames: ['queue', 'state'] as const, registers: [this.registry] });

  constructor(private readonly queues?: () => Queues | undefined) {}

  observeTimerLateness(seconds: number): void {
    this.timerLateness.observe(Math.max(0, seconds));
  }

  async render(): Promise<string> {
    const q = this.queues?.();
    if (q) {
      for (const name of QUEUE_NAMES) {
        const counts = await q[name].getJobCounts('waiting', 'active', 'delayed', 'failed');
        for (const [state, n] of Object.entries(counts)) this.depth.set({ queue: name, state }, n);
      }
    }
    return this.registry.metrics();
  }
}
