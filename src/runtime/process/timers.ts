import type { ScheduleEffect } from '../../engine/types.js';

/** Deterministic timer job ids: re-scheduling the same plan is a no-op, a new epoch is a new timer. */
export function timerJobId(customerId: string, e: Pick<ScheduleEffect, 'timer' | 'epoch' | 'stepIndex' | 'promiseId'>): string {
  const tail = e.timer === 'step' ? `s${e.stepIndex ?? 0}` : e.timer === 'promise_check' ? `p${e.promiseId ?? ''}` : 'r';
  return `${e.timer}-${customerId}-e${e.epoch}-${tail}`;
}

export interface TimerJobData {
  customerId: string;
  timer: ScheduleEffect['timer'];
  epoch: number;
  stepIndex?: number;
  promiseId?: string;
  /** Planned instant, for lateness metrics. */
  at: string;
}
