import type { WechatyOptions } from 'wechaty';
import type { Config } from '../../../src/config/schema.js';
import { ConfigError } from '../../../src/errors.js';

export type WechatyPuppet = Exclude<WechatyOptions['puppet'], string | undefined>;

/** Only Wechaty puppet packages may be named: the setting must never load an arbitrary module. */
const PUPPET_NAME = /^(@[a-z0-9-]+\/)?wechaty-puppet-[a-z0-9-]+$/;

/**
 * Loads the puppet named by WECHATY_PUPPET (installed next to duebot) and gives it the service token.
 * Loaded on demand so that installations without WeCom never pull in gRPC and friends.
 */
export async function loadPuppet(config: Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN'>): Promise<WechatyPuppet> {
  const name = config.WECHATY_PUPPET;
  if (!name) throw new ConfigError('WECHATY_PUPPET', 'WECHATY_PUPPET is required for WeCom customer chats (e.g. wechaty-puppet-service)');
  if (!PUPPET_NAME.test(name)) throw new ConfigError('WECHATY_PUPPET', `WECHATY_PUPPET must name a Wechaty puppet package such as wechaty-puppet-service, not "${name}"`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(name)) as Record<string, unknown>;
  } catch {
    throw new ConfigError('WECHATY_PUPPET', `WECHATY_PUPPET names ${name}, which is not installed: run npm install ${name}`);
  }
  const Puppet = (mod.default ?? Object.entries(mod).find(([k, v]) => /^Puppet/.test(k) && typeof v === 'function')?.[1]) as
    | (new (options: { token?: string }) => WechatyPuppet)
    | undefined;
  if (typeof Puppet !== 'function') throw new ConfigError('WECHATY_PUPPET', `${name} does not export a puppet class`);
  return new Puppet(config.WECHATY_PUPPET_SERVICE_TOKEN ? { token: config.WECHATY_PUPPET_SERVICE_TOKEN } : {});
}
