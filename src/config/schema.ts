import { z } from 'zod';
import { TimeZoneSchema } from '../domain/ids.js';
import { parseRedisTarget } from '../redis/target.js';

const csv = (allowed?: readonly string[]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((list) => !allowed || list.every((x) => allowed.includes(x)), {
      message: allowed ? `must be a comma list of ${allowed.join(', ')}` : 'must be a comma list',
    });

const url = (schemes: string[]) =>
  z.string().refine((s) => {
    try {
      return schemes.includes(new URL(s).protocol.replace(/:$/, ''));
    } catch {
      return false;
    }
  }, `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`);

const optionalNonEmpty = z.string().min(1, 'must not be empty when set').optional();

/** Every setting of DESIGN.md's configuration table, read from the environment. */
export const ConfigSchema = z
  .object({
    // Several hosts (cluster, Sentinel) are not a WHATWG URL: the scheme here, the rest in parseRedisTarget below.
    REDIS_URL: z
      .string()
      .refine((s) => (/^redis\+(cluster|sentinel):\/\//.test(s) ? true : url(['redis', 'rediss']).safeParse(s).success), 'must be a URL starting with redis:// or rediss:// or redis+cluster:// or redis+sentinel://')
      .optional(),
    REDIS_CLUSTER_NODES: csv().optional(),
    DUEBOT_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 letters, digits, - or _').default('duebot'),
    DUEBOT_ADAPTERS: csv(['local', 'slack', 'wecom']).default(['local']),
    PORT: z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0).max(65535, 'must be at most 65535').default(3000),
    DUEBOT_API_TOKEN: z.string().min(16, 'must be at least 16 characters (use a long random string)').optional(),
    DUEBOT_PLAYBOOK: z.string().min(1).default('flows/standard.yaml'),
    DUEBOT_TZ: TimeZoneSchema.default('Asia/Shanghai'),
    DUEBOT_LANG: z.enum(['zh', 'en'], { message: 'must be zh or en' }).default('zh'),
    DUEBOT_PUBLIC_URL: url(['http', 'https']).optional(),
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
    SLACK_SIGNING_SECRET: optionalNonEmpty,
    SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
    SLACK_API_URL: url(['http', 'https']).optional(),
    SLACK_ALERT_CHANNEL: z.string().regex(/^[CGD][A-Z0-9]+$/, 'must be a Slack channel id such as C0123456789').optional(),
    SLACK_STAFF_USERS: csv().default([]),
    WECHATY_PUPPET: optionalNonEmpty,
    WECHATY_PUPPET_SERVICE_TOKEN: optionalNonEmpty,
    WECOM_WEBHOOK_URL: url(['http', 'https']).optional(),
    WECOM_STAFF_IDS: csv().default([]),
    DUEBOT_CLOCK_START: z
      .string()
      .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO date or instant such as 2026-12-01T09:00:00+08:00')
      .optional(),
    DUEBOT_CLOCK_SPEED: z.coerce.number({ message: 'must be a number' }).positive('must be more than 0').max(1e7, 'must be at most 10000000').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    try {
      parseRedisTarget(c.REDIS_URL, c.REDIS_CLUSTER_NODES);
    } catch (err) {
      ctx.addIssue({ code: 'custom', path: [c.REDIS_URL ? 'REDIS_URL' : 'REDIS_CLUSTER_NODES'], message: (err as Error).message });
    }
    if (c.DUEBOT_ADAPTERS.includes('slack')) {
      if (!c.SLACK_BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when DUEBOT_ADAPTERS includes slack' });
      if (!c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN)
        ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required when DUEBOT_ADAPTERS includes slack (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (c.DUEBOT_ADAPTERS.includes('wecom') && !c.WECHATY_PUPPET && !c.WECOM_WEBHOOK_URL)
      ctx.addIssue({ code: 'custom', path: ['WECHATY_PUPPET'], message: 'is required when DUEBOT_ADAPTERS includes wecom (or set WECOM_WEBHOOK_URL for alerts only)' });
    if (c.DUEBOT_CLOCK_SPEED !== undefined && !c.DUEBOT_CLOCK_START)
      ctx.addIssue({ code: 'custom', path: ['DUEBOT_CLOCK_START'], message: 'is required when DUEBOT_CLOCK_SPEED is set' });
  });

export type Config = z.infer<typeof ConfigSchema>;
