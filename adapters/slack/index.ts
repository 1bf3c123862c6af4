import type { AdapterBundle, AdapterContext } from '../../src/runtime/ports.js';
import { ConfigError, PlatformError } from '../../src/errors.js';
import { SlackAlertSink } from './alert-sink.js';
import { registerAlertActions } from './alert-actions.js';
import { Background } from './background.js';
import { createBoltApp, type BoltApp, type BoltIdentity } from './bolt-app.js';
import { SlackChannel } from './channel.js';
import type { SlackDeps } from './deps.js';
import { registerMessageListener } from './message-listener.js';
import { ChannelPacer } from './pacer.js';
import { toPlatformError } from './platform-error.js';
import { registerReplyButtons } from './reply-buttons.js';
import { registerStaffCommand } from './staff-command.js';
import { UserNames } from './user-names.js';
import { createWebClient } from './web-client.js';
import { Lease } from '../../src/runtime/lease.js';

export { SLACK_EVENTS_PATH } from './bolt-app.js';

/**
 * Slack for duebot: customers in DMs and Slack Connect channels (the channel), escalations in the
 * staff channel (the alert sink), and, in processes that serve HTTP, Bolt receiving events, the
 * /duebot command and button clicks. A worker-only process (no `ctx.http`) only sends.
 */
export async function createSlackAdapter(ctx: AdapterContext): Promise<AdapterBundle> {
  const { config, services, logger: log } = ctx;
  if (!config.SLACK_BOT_TOKEN) throw new ConfigError('SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN is required for the Slack adapter');
  const client = createWebClient(config, log);
  const pacer = new ChannelPacer(ctx.redis, ctx.keys);
  const channel = new SlackChannel(client, pacer);
  const sink = new SlackAlertSink(client, services, config.SLACK_ALERT_CHANNEL, pacer);
  const background = new Background(log);

  let bolt: BoltApp | undefined;
  let socketLease: Lease | undefined;
  if (ctx.http) {
    const deps: SlackDeps = { config, services, client, sink, names: new UserNames(client), background, log };
    bolt = createBoltApp(config, ctx.http, await whoAmI(client), log);
    registerMessageListener(bolt.app, deps);
    registerReplyButtons(bolt.app, deps);
    registerStaffCommand(bolt.app, deps);
    registerAlertActions(bolt.app, deps);
    if (config.SLACK_APP_TOKEN) {
      // One Socket Mode connection per installation: the web process holding the lease opens it, another takes over if it dies.
      socketLease = new Lease(ctx.redis, ctx.keys.lease('slack-socket'), bolt, { logger: log });
      socketLease.start();
    } else {
      await bolt.start();
    }
    log.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : 'http' }, 'slack: receiving events');
  }

  return {
    channel,
    ...(config.SLACK_ALERT_CHANNEL ? { alertSink: sink } : {}),
    async stop() {
      if (socketLease) await socketLease.stop();
      else await bolt?.stop();
      await background.drain();
      await channel.stop();
    },
  };
}

/** The bot's own ids, to recognise its own messages; a bad token stops the start here, with Slack's reason. */
async function whoAmI(client: ReturnType<typeof createWebClient>): Promise<BoltIdentity> {
  try {
    const res = await client.auth.test();
    if (!res.user_id || !res.bot_id) throw new PlatformError('slack', 'slack auth.test: the token is not a bot token', false);
    return { botId: res.bot_id, botUserId: res.user_id };
  } catch (err) {
    const e = toPlatformError(err, 'auth.test');
    throw new ConfigError('SLACK_BOT_TOKEN', `Slack did not accept SLACK_BOT_TOKEN (${e.message})`);
  }
}
