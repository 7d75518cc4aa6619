import fc from 'fast-check';

/** The part of JSON Schema (draft 2020-12, as zod's toJSONSchema writes it) the routes use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  minItems?: number;
}

const localPart = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]$/).filter((s) => !s.includes('..'));
const domain = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}\.(fi|se|org|com|ax)$/);
/** Valid addresses, some in mixed case and padded (the API trims and lower-cases them). */
export const emailArbitrary = fc
  .tuple(localPart, domain, fc.constantFrom('', ' ', '  '), fc.boolean())
  .map(([local, host, pad, upper]) => {
    const address = `${local}@${host}`;
    return `${pad}${upper ? address.toUpperCase() : address}${pad}`;
  });

const plainText = (min: number, max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 40) }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.min(max, 20) }),
    },
    { weight: 1, arbitrary: fc.constantFrom('Åsa Öberg', 'Ähtäri Äijälä', 'Närpes stad', 'Jörg-Éric Ñúñez') },
  );

/**
 * Values that satisfy a schema (as far as JSON Schema can say: refinements such as a Business ID's
 * check digit are left to chance). The starting point every near-valid case is mutated from.
 */
export function arbitraryFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  if (!schema || Object.keys(schema).length === 0) return fc.jsonValue({ maxDepth: 2 });
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(arbitraryFor));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitraryFor(s)])),
        { requiredKeys: (schema.required ?? []).filter((k) => k in properties) },
      );
      if (typeof schema.additionalProperties === 'object') {
        const keyArb = schema.propertyNames
          ? arbitraryFor(schema.propertyNames)
          : fc.string({ minLength: 1 });
        return fc
          .tuple(
            record,
            fc.dictionary(keyArb as fc.Arbitrary<string>, arbitraryFor(schema.additionalProperties), {
              maxKeys: 4,
            }),
          )
          .map(([fixed, extra]) => ({ ...extra, ...fixed }));
      }
      return record;
    }
    case 'array':
      return fc.array(arbitraryFor(schema.items), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'string': {
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 200;
      if (schema.format === 'email') return emailArbitrary;
      if (schema.pattern) {
        try {
          return fc
            .stringMatching(new RegExp(schema.pattern))
            .filter((s) => s.length >= min && s.length <= max);
        } catch {
          // A pattern fast-check cannot generate from: plain text instead.
        }
      }
      return min === 0 && max === 0 ? fc.constant('') : plainText(min, max);
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
  minLength: 1,
  maxLength: 4,
});

/** A string a little under, at, or a little over the 64 KiB body limit once it is in the body. */
export const nearLimitString = fc
  .tuple(fc.integer({ min: 63_000, max: 66_500 }), fc.constantFrom('x', 'å', '€', '😀', ' '))
  .map(([bytes, ch]) => ch.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(ch)))));

/** Values of the wrong type, at the edges of their type, or carrying text meant to cause trouble. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-0, 1e308, -1e308, 2 ** 53 + 2, 0.1, -1, 1.5, 51, 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  loneSurrogates,
  fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u200b', '\u202e', '\u0000', 'true', 'null', '[]', '{}'),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example")',
    "' OR '1'='1",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'EVENT#x',
    'REG#01',
    'TOKEN#x',
    '__proto__',
    'constructor',
    '$' + '{jndi:ldap://x}',
    '%00',
    'a@b',
    'a@b.c',
    '@example.org',
    'person@example.org\r\nBcc: x@example.org',
  ),
  fc.string({ minLength: 190, maxLength: 260 }),
  fc.string({ minLength: 4_000, maxLength: 5_000 }),
  nearLimitString,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

const extraKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'pk',
    'sk',
    'status',
    'isAdmin',
    'registrationId',
  ),
);

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'case'; at: number }
  | { kind: 'pad'; at: number; pad: string };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  fc.record({
    kind: fc.constant('extra' as const),
    at: fc.nat(),
    key: extraKey,
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('pad' as const),
    at: fc.nat(),
    pad: fc.constantFrom(' ', '\u00a0', '\n', '\u200b'),
  }),
);

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length) out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...path, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function containers(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) out.push(path);
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

const parentOf = (root: unknown, path: Path) =>
  path.slice(0, -1).reduce<any>((node, key) => (node == null ? node : node[key]), root);

/** Applies mutations to a deep copy of a valid value; each picks its place by index among the paths. */
export function mutate(valid: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(valid);
  for (const m of mutations) {
    if (m.kind === 'extra') {
      const objects = containers(root);
      if (!objects.length) continue;
      const target = objects[m.at % objects.length] as Path;
      const node = target.reduce<any>((n, k) => n[k], root);
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      continue;
    }
    const paths = pathsOf(root);
    if (!paths.length) {
      if (m.kind === 'replace') root = m.value;
      continue;
    }
    const path = paths[m.at % paths.length] as Path;
    const parent = parentOf(root, path);
    const key = path.at(-1) as string | number;
    if (parent == null || typeof parent !== 'object') continue;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'replace') parent[key] = m.value;
    else if (typeof parent[key] === 'string') {
      parent[key] =
        m.kind === 'case' ? (parent[key] as string).toUpperCase() : `${m.pad}${parent[key]}${m.pad}`;
    }
  }
  return root;
}
