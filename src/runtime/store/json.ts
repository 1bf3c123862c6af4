import type { z } from 'zod';

/** Reads a stored JSON document through its schema, so old or hand-edited data can't smuggle in bad shapes. */
export function parseStored<S extends z.ZodType>(schema: S, raw: string | null): z.infer<S> | null {
  if (raw === null) return null;
  return schema.parse(JSON.parse(raw));
}

/**
 * The JSON of a stored document without the top-level fields that hold their schema default (null, an
 * empty list, 0, …): `parseStored` fills them back in, so the document reads back the same, and Redis
 * keeps hundreds of bytes less per case. `defaults` lists the fields whose schema has a default, with it.
 */
export function compactJson(value: object, defaults: Readonly<Record<string, unknown>>): string {
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (k in defaults) {
      const d = defaults[k];
      if (v === d || (Array.isArray(d) && Array.isArray(v) && v.length === 0)) continue;
    }
    out[k] = v;
  }
  return JSON.stringify(out);
}
