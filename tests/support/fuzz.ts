// Building blocks of the OpenAPI fuzz test: one seeded random source and values derived from the
// request schemas of the OpenAPI document, valid-looking and deliberately broken.

/** mulberry32: a small seeded PRNG, so a fuzz run is reproducible from its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof seededRandom>;

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  example?: unknown;
  default?: unknown;
};

/** Strings that have broken services before, or could. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(5000),
  'Zoë Ğüneş Ærøskøbing 北京 🙂',
  '\u202eevil',
  '\ud800',
  "'; drop table job_seeker; --",
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'null',
  'true',
  '0',
  '-1',
  '1e308',
  'NaN',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '0000-00-00',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

export const NASTY_NUMBERS = [
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e-300,
  99999999,
];

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? { deeper: value } : [value];
  return value;
}

/** Any JSON value at all, of the wrong kind more often than not. */
export function wrongValue(random: Random): unknown {
  switch (random.int(9)) {
    case 0:
      return random.pick(NASTY_STRINGS);
    case 1:
      return random.pick(NASTY_NUMBERS);
    case 2:
      return random.chance(0.5);
    case 3:
      return null;
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return nested(random.pick([20, 200, 2000]));
    case 7:
      return [random.pick(NASTY_STRINGS), { a: 1 }];
    default:
      return { unexpected: random.pick(NASTY_STRINGS) };
  }
}

export class SchemaValues {
  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly random: Random,
    /** Real ids of records, for uuid fields, so requests reach past a 404. */
    private readonly ids: readonly string[],
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.split('/').at(-1) as string;
    return this.resolve(this.components[name] ?? {});
  }

  /** A value that fits the schema as far as the schema says (patterns and cross-field rules aside). */
  valid(input: JsonSchema, depth = 0): unknown {
    const schema = this.resolve(input);
    const r = this.random;
    if (schema.example !== undefined && r.chance(0.5)) return schema.example;
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return r.pick(schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) return this.valid(r.pick(choices), depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => this.valid(part, depth + 1)));
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['string'];
    const type =
      types.length > 1 && types.includes('null') && r.chance(0.8)
        ? types.find((t) => t !== 'null')
        : r.pick(types);
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return r.chance(0.5);
      case 'integer': {
        const min = schema.minimum ?? 0;
        const max = Math.min(schema.maximum ?? min + 20, min + 1000);
        return min + r.int(max - min + 1);
      }
      case 'number': {
        const min = schema.minimum ?? 0;
        const max = Math.min(schema.maximum ?? min + 20, min + 1000);
        return Math.round((min + r.next() * (max - min)) * 100) / 100;
      }
      case 'array': {
        if (depth > 6) return [];
        const min = schema.minItems ?? 0;
        const count = min + r.int(Math.max(1, Math.min(schema.maxItems ?? 3, min + 3) - min + 1));
        return Array.from({ length: count }, () => this.valid(schema.items ?? {}, depth + 1));
      }
      case 'object': {
        if (depth > 6) return {};
        const out: Record<string, unknown> = {};
        for (const [key, property] of Object.entries(schema.properties ?? {})) {
          if ((schema.required ?? []).includes(key) || r.chance(0.6))
            out[key] = this.valid(property, depth + 1);
        }
        return out;
      }
      default:
        return this.validString(schema);
    }
  }

  private validString(schema: JsonSchema): string {
    const r = this.random;
    switch (schema.format) {
      case 'uuid':
        return r.chance(0.8) && this.ids.length ? r.pick(this.ids) : crypto.randomUUID();
      case 'date':
        return `20${10 + r.int(30)}-0${1 + r.int(9)}-1${r.int(9)}`;
      case 'date-time':
        return new Date(Date.UTC(2020 + r.int(10), r.int(12), 1 + r.int(28))).toISOString();
      case 'email':
        return `fuzz${r.int(1000)}@example.org`;
      default: {
        const min = schema.minLength ?? 1;
        const max = Math.max(min, Math.min(schema.maxLength ?? 30, min + 40));
        const length = min + r.int(max - min + 1);
        const alphabet = r.pick(['abcdefghij klmnop', 'ABC123', '0123456789', 'éüñ 漢字']);
        return Array.from({ length }, () => alphabet[r.int(alphabet.length)]).join('');
      }
    }
  }

  /** A valid-looking value with one thing broken somewhere inside it. */
  broken(input: JsonSchema): unknown {
    const schema = this.resolve(input);
    const value = this.valid(schema);
    const r = this.random;
    const mutation = r.int(8);
    if (mutation === 0) return wrongValue(r);
    if (mutation === 1 && value && typeof value === 'object' && !Array.isArray(value)) return [value];
    return this.breakInside(schema, value, 0);
  }

  private breakInside(input: JsonSchema, value: unknown, depth: number): unknown {
    const schema = this.resolve(input);
    const r = this.random;
    if (value && typeof value === 'object' && !Array.isArray(value) && depth < 6) {
      const out = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(schema.properties ?? out);
      switch (r.int(5)) {
        case 0: {
          const key = r.pick(Object.keys(out).length ? Object.keys(out) : ['x']);
          delete out[key];
          return out;
        }
        case 1:
          out[r.pick(['extra', 'id', '__proto__', 'constructor', 'version', '\u0000'])] = wrongValue(r);
          return out;
        default: {
          const key = r.pick(keys.length ? keys : ['x']);
          out[key] = this.breakInside(schema.properties?.[key] ?? {}, out[key], depth + 1);
          return out;
        }
      }
    }
    if (Array.isArray(value) && value.length && depth < 6 && r.chance(0.6)) {
      const out = [...value];
      const index = r.int(out.length);
      out[index] = this.breakInside(schema.items ?? {}, out[index], depth + 1);
      return out;
    }
    if (Array.isArray(value) && r.chance(0.3)) return Array.from({ length: 2000 }, () => value[0] ?? 1);
    return wrongValue(r);
  }
}
