import type { z } from 'zod';

/** Reads a stored JSON document through its schema, so old or hand-edited data can't smuggle in bad shapes. */
export function parseStored<S extends z.ZodType>(schema: S, raw: string | null): z.infer<S> | null {
  if (raw === null) return null;
  return schema.parse(JSON.parse(raw));
}
