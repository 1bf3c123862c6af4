import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import type { Keys } from './keys.js';

export const QUEUE_NAMES = ['steps', 'inbound', 'outbox', 'alerts'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Completed jobs are removed at once: a kept job would hold its id forever (BullMQ ignores a later
 * add with the same id) and about 1.4 KB of memory. Failed ones are kept a week for inspection.
 */
export const JOB_DEFAULTS: DefaultJobOptions = {
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

export type Queues = Record<QueueName, Queue>;

export function createQueues(connection: ConnectionOptions, keys: Keys): Queues {
  const make = (name: QueueName, extra: DefaultJobOptions = {}) =>
    // Nothing reads BullMQ's event streams but the dashboard: a short history keeps Redis small.
    new Queue(name, { connection, prefix: keys.queuePrefix, defaultJobOptions: { ...JOB_DEFAULTS, ...extra }, streams: { events: { maxLen: 1000 } } });
  return {
    steps: make('steps', { attempts: 10, backoff: { type: 'exponential', delay: 1000 } }),
    inbound: make('inbound', { attempts: 20, backoff: { type: 'exponential', delay: 500 } }),
    outbox: make('outbox', { attempts: 8, backoff: { type: 'exponential', delay: 2000 } }),
    alerts: make('alerts', { attempts: 8, backoff: { type: 'exponential', delay: 2000 } }),
  };
}

export async function queueCounts(queues: Queues): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const name of QUEUE_NAMES) {
    out[name] = await queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed');
  }
  return out;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(QUEUE_NAMES.map((n) => queues[n].close()));
}
