import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../../errors.js';

export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/** Parses YAML keeping positions, so a schema mistake can name its line. Syntax errors name theirs. */
export function parseYamlWithLines(text: string, file: string): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw new InputError(`${file} line ${line}: ${first.message.split('\n')[0]}`, undefined, line);
  }
  return { doc, lines, data: doc.toJS() };
}

/** `steps[2].offset` from zod's path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The line of the deepest node on `path` that exists (a missing field points at its parent). */
export function lineOf(located: LocatedYaml, path: ReadonlyArray<PropertyKey>): number {
  for (let n = path.length; n >= 0; n--) {
    const node = located.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const range = n === 0 ? (located.doc.contents as { range?: [number, number, number] } | null)?.range : node?.range;
    if (range) return located.lines.linePos(range[0]).line;
    if (n > 0 && node && isCollection(node)) break;
  }
  return 1;
}

/** Validates `located.data`; the first problem becomes `<file> line N: <field>: <problem>`. */
export function parseWithSchema<S extends z.ZodType>(schema: S, located: LocatedYaml, file: string): z.infer<S> {
  const result = schema.safeParse(located.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const line = lineOf(located, issue.path);
  const field = fieldPath(issue.path) || '(top level)';
  throw new InputError(`${file} line ${line}: ${field}: ${issue.message}`, field, line);
}
