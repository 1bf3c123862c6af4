import { randomUUID } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { AdapterBundle, AdapterContext } from '../../src/runtime/ports.js';
import type { AlertAction } from '../../src/runtime/services.js';
import { dashboardAuth } from '../../src/api/dashboard-auth.js';
import { LocalChatLog } from './chat-log.js';
import { LocalChannel } from './channel.js';
import { LocalAlertSink } from './alerts.js';
import { LocalSocket } from './socket.js';
import { Lease } from '../../src/runtime/lease.js';

export { LocalChatLog, LocalChannel, LocalAlertSink, LocalSocket };

const ACTIONS: AlertAction[] = ['acknowledge', 'assign_to_me', 'snooze_1d', 'mark_paid', 'approve_notice'];

/** The local platform: chats and the staff channel for the web page, under /local. */
export async function createLocalAdapter(ctx: AdapterContext): Promise<AdapterBundle & { channel: LocalChannel; alertSink: LocalAlertSink; log: LocalChatLog }> {
  const log = new LocalChatLog(ctx.redis, ctx.keys);
  const channel = new LocalChannel(log, ctx.clock);
  const alertSink = new LocalAlertSink(ctx.redis, ctx.keys);
  await channel.start((msg) => ctx.services.inbound(msg).then(() => undefined));
  const subscribers = new Set<Response>();
  let subscriber: import('../../src/redis/connect.js').RedisClient | undefined;
  let socketLease: Lease | undefined;

  if (ctx.http) {
    const r = express.Router();
    // Typing as a customer and acting on alerts are the dashboard's powers: the same token guards them.
    r.use(dashboardAuth(ctx.config.DUEBOT_API_TOKEN));
    r.use(express.json({ limit: '64kb' }));
    r.get('/chats/:address', async (req: Request, res: Response) => {
      res.json(await log.read(String(req.params.address)));
    });
    r.post('/chats/:address', async (req: Request, res: Response) => {
      const text = typeof req.body?.text === 'string' ? req.body.text : null;
      if (text === null || !text.trim()) return void res.status(400).json({ error: 'text: required, a non-empty string' });
      if (text.length > 8000) return void res.status(400).json({ error: 'text: at most 8000 characters' });
      await channel.customerSays(String(req.params.address), text, `local-${randomUUID()}`);
      res.status(202).json({ accepted: true });
    });
    r.post('/chats/:address/actions', async (req: Request, res: Response) => {
      const id = typeof req.body?.id === 'string' ? req.body.id : null;
      if (!id) return void res.status(400).json({ error: 'id: required' });
      await channel.customerSays(String(req.params.address), '', `local-${randomUUID()}`, { id, value: req.body?.value });
      res.status(202).json({ accepted: true });
    });
    r.get('/alerts', async (_req: Request, res: Response) => {
      res.json(await alertSink.list());
    });
    r.post('/alerts/:id/:action', async (req: Request, res: Response) => {
      const action = String(req.params.action) as AlertAction;
      if (!ACTIONS.includes(action)) return void res.status(400).json({ error: `action: one of ${ACTIONS.join(', ')}` });
      try {
        const view = await ctx.services.alertAction(String(req.params.id), action, { platform: 'web', id: 'web', name: typeof req.body?.by === 'string' ? req.body.by.slice(0, 80) : 'staff' });
        await alertSink.update(view);
        res.json(view);
      } catch (err) {
        res.status(404).json({ error: (err as Error).message });
      }
    });
    // Live updates for the page: every chat line and alert, as Server-Sent Events.
    r.get('/events', (req: Request, res: Response) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      subscribers.add(res);
      req.on('close', () => subscribers.delete(res));
    });
    ctx.http.use('/local', r);
    subscriber = ctx.redis.duplicate();
    subscriber.on('error', () => undefined);
    await subscriber.subscribe(log.channel());
    subscriber.on('message', (_ch: string, message: string) => {
      for (const res of subscribers) res.write(`data: ${message}\n\n`);
    });
    // The push connection is read by one web process at a time, like Socket Mode and the puppet.
    const socket = new LocalSocket(ctx.redis, ctx.keys, (msg) => ctx.services.inbound(msg), ctx.logger);
    socketLease = new Lease(ctx.redis, ctx.keys.lease('local-socket'), socket, { logger: ctx.logger });
    socketLease.start();
  }

  return {
    channel,
    alertSink,
    log,
    async stop() {
      for (const res of subscribers) res.end();
      subscribers.clear();
      await socketLease?.stop();
      await channel.stop();
      if (subscriber) await subscriber.quit().catch(() => subscriber?.disconnect());
    },
  };
}
