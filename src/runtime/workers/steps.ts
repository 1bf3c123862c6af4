import { Worker, type ConnectionOptions } from 'bullmq';
import type { Keys } from '../keys.js';
import type { CaseProcessor } from '../process/processor.js';
import type { TimerJobData } from '../process/timers.js';
import type { EngineEvent } from '../../engine/types.js';
import type { Metrics } from '../metrics.js';
import type { Clock } from '../../clock.js';

/** A fired timer becomes its engine event; the engine ignores it when its epoch is stale. */
export function timerEvent(jobId: string, d: TimerJobData): EngineEvent {
  if (d.timer === 'step') return { type: 'step_due', id: jobId, epoch: d.epoch, stepIndex: d.stepIndex ?? 0 };
  if (d.timer === 'promise_check') return { type: 'promise_check', id: jobId, epoch: d.epoch, promiseId: d.promiseId ?? '' };
  return { type: 'resume_due', id: jobId, epoch: d.epoch };
}

export function startStepsWorker(connection: ConnectionOptions, keys: Keys, processor: CaseProcessor, clock: Clock, metrics: Metrics): Worker<TimerJobData> {
  return new Worker<TimerJobData>(
    'steps',
    async (job) => {
      metrics.observeTimerLateness((clock.now().getTime() - Date.parse(job.data.at)) / 1000);
      await processor.apply(job.data.customerId, timerEvent(job.id ?? job.name, job.data));
    },
    { connection, prefix: keys.queuePrefix, concurrency: 20, lockDuration: 10000, stalledInterval: 5000 },
  );
}
