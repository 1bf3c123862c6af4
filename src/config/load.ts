import { ConfigError } from '../errors.js';
import { ConfigSchema, type Config } from './schema.js';

const SECRET = /TOKEN|SECRET|PASSWORD|REDIS_URL|WEBHOOK/;

function shown(variable: string, value: unknown): string {
  if (value === undefined) return 'unset';
  if (SECRET.test(variable)) return 'the value given';
  const s = String(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

/**
 * Reads and validates the environment. The first problem becomes one ConfigError line:
 * `PORT="abc" is not valid: must be a whole number`, so the start stops without a stack trace.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'configuration');
  const value = cleaned[variable];
  const message =
    value === undefined
      ? `${variable} ${issue.message}`
      : `${variable}=${shown(variable, value)} is not valid: ${issue.message}`;
  throw new ConfigError(variable, message);
}
