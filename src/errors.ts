/** Error classes with a code that tests and logs can match; the CLI prints `error: <message>` for them, never a stack. */
export class DuebotError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A setting is wrong: names the variable, the problem and what is allowed. */
export class ConfigError extends DuebotError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super('CONFIG', message);
  }
}

/** Bad input from outside (CSV row, HTTP body, playbook, script): names the field and, where known, the line. */
export class InputError extends DuebotError {
  constructor(
    message: string,
    readonly field?: string,
    readonly line?: number,
  ) {
    super('INPUT', message);
  }
}

/** A chat platform refused or failed; `retryable` says whether the outbox should try again, `retryAfterMs` when. */
export class PlatformError extends DuebotError {
  constructor(
    readonly platform: string,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super('PLATFORM', message);
  }
}
