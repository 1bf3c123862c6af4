import type { Config } from '../../src/config/schema.js';

/** Only the Slack user ids in SLACK_STAFF_USERS may run /duebot or press an alert's buttons. */
export function isStaff(config: Config, userId: string | undefined): boolean {
  return userId !== undefined && config.SLACK_STAFF_USERS.includes(userId);
}

const REFUSAL = {
  zh: '抱歉，这个命令只供收款团队使用。如需帮助，请联系您的客户经理。',
  en: 'Sorry, this is only for the collections team. If you need anything, please ask your account manager.',
};

/** What anyone else sees: polite, and nothing changes. */
export function refusal(config: Config): string {
  return REFUSAL[config.DUEBOT_LANG];
}
