import type { z } from 'zod';

/**
 * Reads a stored JSON document. Stored documents are written only by duebot, from values that went
 * through their schema on the way in (API, CSV, platforms), so a document that already has every
 * field its schema would fill with a default is taken as it is: a full validation on every read was
 * the inbound path's costliest step after the network. A document lacking such a field (written
 * before the field existed) still goes through the schema, which fills it in.
 */
export function parseStored<S extends z.ZodType>(schema: S, raw: string | null, omitted?: Readonly<Record<string, unknown>>): z.infer<S> | null {
  if (raw === null) return null;
  const value: unknown = JSON.parse(raw);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // Put back what compactJson left out (with `omitted`, the same table it was written with).
    if (omitted) restoreOmitted(value as Record<string, unknown>, omitted);
    if (completeness(schema)(value)) return value as z.infer<S>;
  }
  return schema.parse(value);
}

function restoreOmitted(o: Record<string, unknown>, omitted: Readonly<Record<string, unknown>>): void {
  for (const k in omitted) {
    if (o[k] === undefined) {
      const d = omitted[k];
      o[k] = Array.isArray(d) ? [] : d;
    }
  }
}

type Check = (value: unknown) => boolean;
const always: Check = () => true;
const never: Check = () => false;
const compiled = new WeakMap<object, Check>();

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  valueType?: Schema;
  in?: Schema;
  out?: Schema;
}
interface Schema {
  _zod: { def: Def };
}

// Leaf types that carry no defaults inside them.
const LEAVES = new Set(['string', 'number', 'int', 'boolean', 'bigint', 'date', 'enum', 'literal', 'null', 'undefined', 'unknown', 'any', 'nan', 'template_literal', 'void', 'never', 'symbol']);

/** Whether parsing a value with this schema could add anything to it (a default somewhere inside). */
function hasDefaults(schema: Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return true; // recursive schemas: be safe
  seen.add(schema);
  const def = schema._zod.def;
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'catch':
    case 'transform':
    case 'pipe':
    case 'lazy':
      return true;
    case 'object':
      return Object.values(def.shape ?? {}).some((s) => hasDefaults(s, seen));
    case 'array':
      return hasDefaults(def.element!, seen);
    case 'nullable':
    case 'optional':
    case 'readonly':
      return hasDefaults(def.innerType!, seen);
    case 'union':
      return (def.options ?? []).some((s) => hasDefaults(s, seen));
    case 'record':
      return hasDefaults(def.valueType!, seen);
    default:
      return !LEAVES.has(def.type);
  }
}

/**
 * A check that a value already holds everything the schema's defaults would add (so parsing would
 * return it unchanged in content); it answers false whenever it can't tell, and the schema decides.
 */
function completeness(schema: Schema): Check {
  let check = compiled.get(schema);
  if (check) return check;
  check = build(schema);
  compiled.set(schema, check);
  return check;
}

function build(schema: Schema): Check {
  if (!hasDefaults(schema)) return always;
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {})
        .filter(([, s]) => hasDefaults(s))
        .map(([key, s]) => {
          const d = s._zod.def;
          // A defaulted field must be there; what it holds is checked like any other.
          return d.type === 'default' ? { key, required: true, check: build(d.innerType!) } : { key, required: false, check: build(s) };
        });
      return (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
        const o = value as Record<string, unknown>;
        for (const f of fields) {
          const v = o[f.key];
          if (v === undefined) {
            if (f.required) return false;
            continue;
          }
          if (!f.check(v)) return false;
        }
        return true;
      };
    }
    case 'array': {
      const element = build(def.element!);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case 'nullable': {
      const inner = build(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = build(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    default:
      return never;
  }
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
