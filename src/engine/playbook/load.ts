import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Playbook } from '../types.js';
import { PlaybookSchema } from './schema.js';
import { compileTemplates, REPLY_TEMPLATES } from './templates.js';
import { parseWithSchema, parseYamlWithLines } from './yaml-errors.js';

/** Reads, validates and compiles a playbook and its templates; any mistake is an InputError naming file, line and field. */
export function loadPlaybook(path: string): Playbook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parsePlaybook(text, path);
}

export function parsePlaybook(text: string, path: string): Playbook {
  const data = parseWithSchema(PlaybookSchema, parseYamlWithLines(text, path), path);
  const stepTemplates = data.steps.flatMap((s) => (s.template ? [s.template] : []));
  const names = [...new Set([...stepTemplates, ...REPLY_TEMPLATES])];
  const compiled = compileTemplates(resolve(dirname(path), data.templates), names);
  return { ...data, source: path, compiled };
}
