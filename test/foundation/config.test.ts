import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  test('Given no variables, Then the defaults of the design table apply', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DUEBOT_ADAPTERS).toEqual(['local']);
    expect(c.DUEBOT_TZ).toBe('Asia/Shanghai');
    expect(c.DUEBOT_LANG).toBe('zh');
    expect(c.DUEBOT_PLAYBOOK).toBe('flows/standard.yaml');
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.DUEBOT_API_TOKEN).toBeUndefined();
  });

  test.each([
    [{ PORT: 'abc' }, /^PORT="abc" is not valid: must be a whole number/],
    [{ PORT: '70000' }, /^PORT="70000" is not valid: must be at most 65535/],
    [{ DUEBOT_ADAPTERS: 'local,telegram' }, /^DUEBOT_ADAPTERS="local,telegram" is not valid: must be a comma list of local, slack, wecom/],
    [{ DUEBOT_TZ: 'Mars/Olympus' }, /^DUEBOT_TZ="Mars\/Olympus" is not valid: .*IANA time zone/],
    [{ DUEBOT_LANG: 'fr' }, /^DUEBOT_LANG="fr" is not valid: must be zh or en/],
    [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL=the value given is not valid: must be a URL starting with redis:\/\//],
    [{ DUEBOT_ADAPTERS: 'slack' }, /^SLACK_BOT_TOKEN is required when DUEBOT_ADAPTERS includes slack/],
    [{ DUEBOT_CLOCK_SPEED: '60' }, /^DUEBOT_CLOCK_START is required when DUEBOT_CLOCK_SPEED is set/],
    [{ DUEBOT_CLOCK_START: 'tomorrow' }, /^DUEBOT_CLOCK_START="tomorrow" is not valid: must be an ISO date/],
    [{ SLACK_BOT_TOKEN: 'abc' }, /^SLACK_BOT_TOKEN=the value given is not valid: must be a bot token starting with xoxb-/],
    [{ DUEBOT_API_TOKEN: 'short' }, /^DUEBOT_API_TOKEN=the value given is not valid: must be at least 16 characters/],
  ])('Given %j, Then the start stops with one line naming the variable', (env, expected) => {
    const message = problem(env as Record<string, string>);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  test('Given a secret that is wrong, Then its value is never repeated in the error', () => {
    const message = problem({ SLACK_BOT_TOKEN: 'xoxp-secret-user-token' });
    expect(message).not.toContain('xoxp-secret-user-token');
  });

  test('Given empty strings, Then they count as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' }).PORT).toBe(3000);
  });
});
