import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Runtime } from '../runtime/runtime.js';
import { apiRouter } from '../api/rest.js';
import { mountDashboard } from './dashboard.js';

export interface WebDeps {
  config: Config;
  runtime: Runtime;
  logger: Logger;
}

/** The HTTP surface beyond health and metrics: REST API, dashboard, queue board. Each part mounts itself here. */
export function mountWeb(app: Express, deps: WebDeps): void {
  app.use('/api', apiRouter(deps));
  mountDashboard(app, deps);
}
