/**
 * The fields a zod schema accepts, found by walking it: for the "did you mean" warning on a
 * field the format does not have (at any depth: `source.nam`, `[0].hour`), and for the test
 * that every field is documented.
 */
import { closest, distance } from 'fastest-levenshtein';

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  catchall?: { def?: Def };
  element?: unknown;
  innerType?: unknown;
  in?: { def?: Def };
  out?: unknown;
}

const defOf = (schema: unknown): Def => (schema as { def?: Def } | undefined)?.def ?? {};

/** The schema under wrappers: optional, default, transforms and preprocessing. */
function unwrap(schema: unknown): unknown {
  let node = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(node);
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.in?.def?.type === 'transform' ? def.out : def.in;
    else return node;
  }
  return node;
}

/** Top-level keys of an object schema, through wrappers. */
export function shapeKeys(schema: unknown): string[] {
  return Object.keys(defOf(unwrap(schema)).shape ?? {});
}

interface UnknownField {
  /** Where the field is: ['source', 'nam'], [0, 'hour']. */
  path: (string | number)[];
  /** The nearest field the format has, if one is near. */
  guess?: string;
}

/** The nearest known name to a probable typo, when it is near enough to suggest. */
function nearest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(
    lower,
    known.map((k) => k.toLowerCase()),
  );
  const index = known.findIndex((k) => k.toLowerCase() === best);
  return distance(lower, best) <= Math.max(2, Math.floor(word.length / 3)) ? known[index] : undefined;
}

/**
 * Fields in `value` that `schema` does not have, at every depth. Strict objects are left out:
 * zod reports their unknown keys as errors already (a mistyped figure name under `stats`).
 */
export function unknownFields(schema: unknown, value: unknown, at: (string | number)[] = []): UnknownField[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    if (def.catchall?.def?.type === 'never') return [];
    const known = Object.keys(def.shape);
    return Object.entries(value).flatMap(([key, child]) =>
      key in def.shape!
        ? unknownFields(def.shape![key], child, [...at, key])
        : [{ path: [...at, key], ...(nearest(key, known) ? { guess: nearest(key, known)! } : {}) }],
    );
  }
  if (def.type === 'array' && Array.isArray(value)) return value.flatMap((item, i) => unknownFields(def.element, item, [...at, i]));
  return [];
}
