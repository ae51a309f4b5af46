// Validates a STIX 2.1 bundle: the JSON schema we wrote from the specification (data/stix-2.1-bundle.schema.json),
// then what a schema cannot say: ids agree with types, ids are unique, every *_ref / *_refs points to an object of the
// bundle, modified is not before created, no opinion objects, every `extensions` key is an extension-definition of the
// bundle that declares the extension_type used, and `lang` is one the OASIS validator knows (ISO 639-1).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rfc5646 } from '../stix/language.js';
import { checkSchema, type Schema, type SchemaError } from './schema-check.js';

let schema: Schema | null = null;

function stixSchema(): Schema {
  schema ??= JSON.parse(readFileSync(fileURLToPath(new URL('./data/stix-2.1-bundle.schema.json', import.meta.url)), 'utf8')) as Schema;
  return schema;
}

function refsIn(value: unknown, path: string, out: Array<{ path: string; ref: string }>): void {
  if (Array.isArray(value)) value.forEach((v, i) => refsIn(v, `${path}/${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('_ref') && typeof v === 'string') out.push({ path: `${path}/${k}`, ref: v });
      else if (k.endsWith('_refs') && Array.isArray(v)) v.forEach((r, i) => typeof r === 'string' && out.push({ path: `${path}/${k}/${i}`, ref: r }));
      else refsIn(v, `${path}/${k}`, out);
    }
  }
}

/** The ids an object refers to (its *_ref and *_refs values, nested ones too). */
export function refsOf(value: unknown): string[] {
  const out: Array<{ path: string; ref: string }> = [];
  refsIn(value, '', out);
  return out.map((r) => r.ref);
}

/** Every error of the bundle; an empty list means valid. */
export function validateStixBundle(bundle: unknown): SchemaError[] {
  const errors = checkSchema(bundle, stixSchema());
  const objects = (bundle as { objects?: unknown }).objects;
  if (!Array.isArray(objects)) return errors;
  const ids = new Set<string>();
  objects.forEach((o: unknown, i) => {
    const { type, id, created, modified } = (o ?? {}) as Record<string, unknown>;
    const path = `/objects/${i}`;
    if (typeof id !== 'string') return;
    if (ids.has(id)) errors.push({ path: `${path}/id`, message: `duplicate id ${id}` });
    ids.add(id);
    if (typeof type === 'string' && !id.startsWith(`${type}--`)) errors.push({ path: `${path}/id`, message: `id ${id} does not start with its type "${type}--"` });
    if (type === 'opinion') errors.push({ path, message: 'opinion objects are not written: claimtrail does not judge' });
    if (typeof created === 'string' && typeof modified === 'string' && modified < created) errors.push({ path: `${path}/modified`, message: 'modified is before created' });
  });
  const declared = new Map<string, unknown>();
  for (const o of objects as Array<Record<string, unknown>>) if (o?.type === 'extension-definition' && typeof o.id === 'string') declared.set(o.id, o.extension_types);
  objects.forEach((o: unknown, i) => {
    const { extensions, lang } = (o ?? {}) as Record<string, unknown>;
    if (typeof lang === 'string' && rfc5646(lang) !== lang) errors.push({ path: `/objects/${i}/lang`, message: `"${lang}" is not an ISO 639-1 code the OASIS validator accepts` });
    if (!extensions || typeof extensions !== 'object') return;
    for (const [key, ext] of Object.entries(extensions)) {
      if (!key.startsWith('extension-definition--')) continue;
      const types = declared.get(key);
      const used = (ext as { extension_type?: unknown } | null)?.extension_type;
      if (!types) errors.push({ path: `/objects/${i}/extensions/${key}`, message: `${key} is not an extension-definition of the bundle` });
      else if (!Array.isArray(types) || !types.includes(used)) errors.push({ path: `/objects/${i}/extensions/${key}/extension_type`, message: `extension_type ${String(used)} is not declared by ${key}` });
    }
  });
  const refs: Array<{ path: string; ref: string }> = [];
  objects.forEach((o: unknown, i) => refsIn(o, `/objects/${i}`, refs));
  for (const { path, ref } of refs) if (!ids.has(ref)) errors.push({ path, message: `${ref} is not an object of the bundle` });
  return errors;
}

/** Never hand out an invalid bundle: a failure here is a bug in claimtrail, not in the input. */
export function assertValidStixBundle(bundle: unknown): void {
  const errors = validateStixBundle(bundle);
  if (errors.length) throw new Error(`claimtrail built an invalid STIX bundle (a bug; please report it): ${errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}
