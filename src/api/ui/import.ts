import express, { type Request, type Response, type Router } from 'express';
import type { Runtime } from '../../runtime/runtime.js';
import { formatRowError, importCsv } from '../../runtime/import/index.js';

/** Large enough for tens of thousands of invoice rows; bigger books go through `duebot import`. */
const UPLOAD_LIMIT = '20mb';

/**
 * POST /ui/import: the page's CSV upload, with the same rules and error report as `duebot import`.
 * A file with bad rows is refused whole (422, nothing written) unless `?skipBad=1`.
 */
export function importRoute(runtime: Runtime): Router {
  const { config } = runtime.opts;
  const r = express.Router();
  r.post('/import', express.raw({ type: () => true, limit: UPLOAD_LIMIT }), async (req: Request, res: Response) => {
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body) || body.length === 0) return void res.status(400).json({ error: 'file: send the CSV as the request body' });
    const result = await importCsv(body, {
      runtime,
      skipBad: req.query.skipBad === '1',
      defaults: { timezone: config.DUEBOT_TZ, language: config.DUEBOT_LANG },
    });
    res.status(result.refused ? 422 : 200).json({
      summary: result.summary,
      refused: result.refused,
      errors: result.errors.map(formatRowError),
      ...(result.rejectCsv ? { rejectCsv: result.rejectCsv } : {}),
    });
  });
  return r;
}
