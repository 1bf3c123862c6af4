import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Config } from '../../src/config/schema.js';
import type { DuebotServices } from '../../src/runtime/services.js';
import type { Background } from './background.js';
import type { SlackAlertSink } from './alert-sink.js';
import type { UserNames } from './user-names.js';

/** What the Bolt listeners share. */
export interface SlackDeps {
  config: Config;
  services: DuebotServices;
  client: WebClient;
  sink: SlackAlertSink;
  names: UserNames;
  background: Background;
  log: Logger;
}

/** Resolves with the value if it arrives within `ms`, else with undefined (the work itself goes on). */
export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
