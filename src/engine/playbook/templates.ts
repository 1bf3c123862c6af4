import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Liquid, type Template } from 'liquidjs';
import { InputError } from '../../errors.js';
import type { Language } from '../../domain/ids.js';
import type { TemplateContext, TemplateSet } from '../types.js';
import { formatDay, formatMoney } from './filters.js';
import { sampleContext } from './sample.js';
import { ToneSchema } from './schema.js';

/** Messages the engine sends in answer to events, whatever the steps are. */
export const REPLY_TEMPLATES = [
  'promise_confirm',
  'promise_review',
  'promise_declined',
  'ask_date',
  'paid_thanks',
  'payment_received',
  'dispute_apology',
  'hardship_offer',
  'hardship_call',
  'request_info',
  'fallback',
  'broken_promise',
  'opt_out_confirm',
  'rep_relay',
] as const;

const LANGUAGES: Language[] = ['zh', 'en'];

/** One engine per language, so `money` and `day` format in the message's language without extra arguments. */
function engineFor(lang: Language): Liquid {
  const liquid = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, cache: false });
  liquid.registerFilter('money', (minor: unknown, currency: unknown) => formatMoney(minor, currency, lang));
  liquid.registerFilter('day', (iso: unknown) => formatDay(iso, lang));
  return liquid;
}

/**
 * Reads `<dir>/<name>.<lang>.liquid` for every name, parses it and renders it at every tone against a
 * full sample context: an unknown variable, filter or syntax slip is an error now, not in a customer's chat.
 */
export function compileTemplates(dir: string, names: readonly string[]): TemplateSet {
  const engines = { zh: engineFor('zh'), en: engineFor('en') };
  const compiled = new Map<string, Template[]>();
  for (const name of names) {
    for (const lang of LANGUAGES) {
      const file = join(dir, `${name}.${lang}.liquid`);
      if (!existsSync(file)) throw new InputError(`${file}: template missing (every message needs zh and en)`, 'template');
      let parsed: Template[];
      try {
        parsed = engines[lang].parse(readFileSync(file, 'utf8'), file);
      } catch (err) {
        throw new InputError(`${file}: ${(err as Error).message}`, 'template');
      }
      for (const tone of ToneSchema.options) {
        try {
          const out = String(engines[lang].renderSync(parsed, sampleContext(lang, tone))).trim();
          if (out === '') throw new Error(`renders nothing at tone ${tone}`);
        } catch (err) {
          throw new InputError(`${file}: ${(err as Error).message}`, 'template');
        }
      }
      compiled.set(`${name}.${lang}`, parsed);
    }
  }
  return {
    names: () => [...names],
    render(name: string, lang: Language, context: TemplateContext): string {
      const tpl = compiled.get(`${name}.${lang}`);
      if (!tpl) throw new Error(`template ${name}.${lang} was not loaded`);
      return String(engines[lang].renderSync(tpl, context)).trim();
    },
  };
}
