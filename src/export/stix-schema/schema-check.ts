// A small JSON Schema (2020-12) checker for the keywords our STIX schema uses, so tests and the CLI validate bundles
// without a dependency. It throws on any keyword it does not implement, so the schema can never silently ask for more.
export type Schema = { [keyword: string]: unknown };

export interface SchemaError {
  /** JSON pointer into the instance. */
  path: string;
  message: string;
}

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description']);
const KEYWORDS = new Set(['$ref', 'type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'propertyNames', 'items',
  'minItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'allOf', 'anyOf', 'not', 'if', 'then', 'else']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeOf(v) === 'object';
}

const patterns = new Map<string, RegExp>();
const regex = (p: string): RegExp => patterns.get(p) ?? (patterns.set(p, new RegExp(p, 'u')), patterns.get(p) as RegExp);

/** Checks `value` against `schema` (with `root` for $ref "#/$defs/…"); returns every error found. */
export function checkSchema(value: unknown, schema: Schema, root: Schema = schema, path = ''): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string): void => void errors.push({ path: path || '/', message });
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword === 'then' || keyword === 'else') continue;
    if (!KEYWORDS.has(keyword)) throw new Error(`schema-check: keyword "${keyword}" is not implemented`);
    switch (keyword) {
      case '$ref': {
        const name = String(arg).replace(/^#\/\$defs\//, '');
        const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
        if (!target) throw new Error(`schema-check: unresolved $ref ${String(arg)}`);
        errors.push(...checkSchema(value, target, root, path));
        break;
      }
      case 'type': {
        const t = typeOf(value);
        const want = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!want.includes(t) && !(t === 'integer' && want.includes('number'))) fail(`expected ${want.join(' or ')}, got ${t}`);
        break;
      }
      case 'const':
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) fail(`expected one of ${(arg as unknown[]).map((a) => JSON.stringify(a)).join(', ')}`);
        break;
      case 'required':
        if (isObject(value)) for (const k of arg as string[]) if (!(k in value)) fail(`required property "${k}" missing`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [k, s] of Object.entries(arg as Record<string, Schema>)) if (k in value) errors.push(...checkSchema(value[k], s, root, `${path}/${k}`));
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = new Set(Object.keys((schema.properties as Record<string, Schema> | undefined) ?? {}));
          for (const k of Object.keys(value)) {
            if (known.has(k)) continue;
            if (arg === false) fail(`property "${k}" not allowed`);
            else if (isObject(arg)) errors.push(...checkSchema(value[k], arg, root, `${path}/${k}`));
          }
        }
        break;
      case 'propertyNames':
        if (isObject(value)) for (const k of Object.keys(value)) errors.push(...checkSchema(k, arg as Schema, root, `${path}/${k}`).map((e) => ({ ...e, message: `property name "${k}": ${e.message}` })));
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errors.push(...checkSchema(v, arg as Schema, root, `${path}/${i}`)));
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (arg as number)) fail(`expected at least ${String(arg)} items (STIX lists must not be empty)`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string' && (keyword === 'minLength' ? value.length < (arg as number) : value.length > (arg as number))) fail(`${keyword} ${String(arg)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !regex(arg as string).test(value)) fail(`"${value.slice(0, 80)}" does not match ${String(arg)}`);
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (keyword === 'minimum' ? value < (arg as number) : value > (arg as number))) fail(`${keyword} ${String(arg)}`);
        break;
      case 'allOf':
        for (const s of arg as Schema[]) errors.push(...checkSchema(value, s, root, path));
        break;
      case 'anyOf':
        if (!(arg as Schema[]).some((s) => checkSchema(value, s, root, path).length === 0)) fail('matches none of the allowed forms (anyOf)');
        break;
      case 'not':
        if (checkSchema(value, arg as Schema, root, path).length === 0) fail('matches a forbidden form (not)');
        break;
      case 'if': {
        const branch = checkSchema(value, arg as Schema, root, path).length === 0 ? schema.then : schema.else;
        if (branch) errors.push(...checkSchema(value, branch as Schema, root, path));
        break;
      }
    }
  }
  return errors;
}
