import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { dashboardAuth } from '../api/dashboard-auth.js';
import { uiRouter } from '../api/ui/router.js';
import { QUEUE_NAMES } from '../runtime/queues.js';
import type { WebDeps } from './web.js';
import { packageRoot } from './playbook-path.js';

/**
 * Paths of the dashboard that DUEBOT_API_TOKEN guards. The local chats (/local, which act as the
 * customer) are mounted by the local adapter before this runs, so it guards its own router the same way.
 */
export const GUARDED = ['/ui', '/static', '/admin/queues'];

/**
 * The staff dashboard and playground: the page at `/` (web/, its script compiled to dist/web), its
 * JSON under /ui, and the bull-board queue view at /admin/queues.
 */
export function mountDashboard(app: Express, { config, runtime, logger }: WebDeps): void {
  const guard = dashboardAuth(config.DUEBOT_API_TOKEN);
  app.use(GUARDED, guard);

  const root = packageRoot();
  const script = join(root, 'dist', 'web');
  if (!existsSync(join(script, 'main.js'))) logger.warn({ dir: script }, 'the page script is not built: run `npm run build`');
  app.get(['/', '/index.html'], guard, (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(join(root, 'web', 'index.html'));
  });
  app.use('/static/js', express.static(script, { index: false }));
  app.use('/static', express.static(join(root, 'web', 'static'), { index: false }));

  app.use('/ui', express.json({ limit: '64kb' }), uiRouter(runtime));

  const board = new ExpressAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({ queues: QUEUE_NAMES.map((n) => new BullMQAdapter(runtime.queues[n])), serverAdapter: board });
  app.use('/admin/queues', board.getRouter());
}
