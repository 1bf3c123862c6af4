import { pino, type Logger } from 'pino';

/**
 * Paths that may carry tokens or personal data; pino replaces them before anything is written.
 * Message bodies are logged only as their length (see `bodySummary`).
 */
export const redactPaths = [
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'password', '*.password', 'secret', '*.secret', 'signingSecret', '*.signingSecret',
  'text', '*.text', 'body', '*.body', 'phone', '*.phone', 'name', 'customerName', '*.customerName',
  'quote', '*.quote', 'REDIS_URL', '*.redisUrl', 'redisUrl',
];

const PHONE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|(?<!\d)\+\d{1,3}[- ]?\d{3,4}[- ]?\d{3,4}[- ]?\d{0,4}(?!\d)/g;
const TOKEN = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|Bearer\s+[A-Za-z0-9._~+/=-]+)|(key=)[A-Za-z0-9-]{8,}/g;
const URL_PASSWORD = /(\w+:\/\/[^:/\s]*:)[^@\s]+@/g;

/** Scrubs free text (error messages, URLs) of phone numbers, tokens and passwords in URLs. */
export function scrub(text: string): string {
  return text
    .replace(TOKEN, (_m, tok: string | undefined, key: string | undefined) => (key ? `${key}[redacted]` : tok?.startsWith('Bearer') ? 'Bearer [redacted]' : '[redacted-token]'))
    .replace(URL_PASSWORD, '$1[redacted]@')
    .replace(PHONE, '[redacted-phone]');
}

/** A message body appears in logs only as its size. */
export function bodySummary(text: string): { chars: number } {
  return { chars: [...text].length };
}

export interface LoggerOptions {
  level?: string;
  pretty?: boolean;
  destination?: pino.DestinationStream;
}

/** JSON lines in production; readable lines on a terminal (pino-pretty) unless NODE_ENV=production. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  const base = {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)));
      },
    },
    serializers: {
      err: (err: unknown) => {
        const e = pino.stdSerializers.err(err as Error);
        return { ...e, message: scrub(String(e.message ?? '')), stack: e.stack ? scrub(e.stack) : undefined };
      },
    },
  };
  if (opts.destination) return pino(base, opts.destination);
  const pretty = opts.pretty ?? (process.stdout.isTTY && process.env.NODE_ENV !== 'production');
  if (pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return pino(base);
}

let shared: Logger | undefined;

/** The process-wide logger, created on first use. */
export function logger(): Logger {
  shared ??= createLogger();
  return shared;
}

export function setLogger(l: Logger): void {
  shared = l;
}
