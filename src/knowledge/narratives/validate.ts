// Located tree → narratives, collecting every problem as "line N, narrative "id", field "f": what is wrong".
import { LANGUAGES } from '../../stages/narratives/lexicon.js';
import type { Located } from './parse.js';
import { NARRATIVE_ROLES, type Narrative, type NarrativeEntity, type NarrativeExample, type NarrativeRole } from './types.js';

const FIELDS = ['id', 'title', 'description', 'examples', 'keywords', 'entities', 'predicates', 'parent', 'source', 'note'];
const EXAMPLE_FIELDS = ['text', 'language', 'lang', 'source', 'date'];
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u;
const LANGUAGE = /^[a-z]{2,3}$/;
const REQUIRED = 'every narrative needs id, title and examples';
/** A keyword list with no language applies in every language the narratives stage reads, and the examples' ones. */
const EVERY_LANGUAGE = '*';

export interface Problem {
  line: number;
  detail: string;
}

/** What entity ids and predicate classes mean; given by the narratives stage, so a typo is caught with its line. */
export interface Vocabulary {
  isEntity(id: string): boolean;
  predicates: ReadonlySet<string>;
}

/** Reads the narratives of one file. A list, or a map with a `narratives` list, is a catalogue; null is an empty one. */
export function readNarratives(root: Located | null, file: string, problems: Problem[], vocabulary?: Vocabulary): Narrative[] {
  if (!root) return [];
  let list: Located = root;
  if (root.kind === 'map') {
    const inner = root.fields.get('narratives');
    if (!inner) {
      problems.push({ line: root.line, detail: 'expected a list of narratives (or a map with a "narratives" list)' });
      return [];
    }
    list = inner;
  }
  if (list.kind === 'scalar' && list.value === null) return [];
  if (list.kind !== 'list') {
    problems.push({ line: list.line, detail: 'expected a list of narratives' });
    return [];
  }
  const out: Narrative[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, index) => {
    const narrative = readNarrative(item, index, file, problems, vocabulary);
    if (!narrative) return;
    const before = seen.get(narrative.id);
    if (before !== undefined) {
      problems.push({ line: narrative.origin.line, detail: `narrative "${narrative.id}", field "id": duplicate id (first used on line ${before})` });
      return;
    }
    seen.set(narrative.id, narrative.origin.line);
    out.push(narrative);
  });
  return out;
}

function readNarrative(node: Located, index: number, file: string, problems: Problem[], vocabulary?: Vocabulary): Narrative | null {
  if (node.kind !== 'map') {
    problems.push({ line: node.line, detail: `entry ${index + 1}: expected a narrative (a map with id, title, examples and optionally description, keywords)` });
    return null;
  }
  const idNode = node.fields.get('id');
  const rawId = idNode?.kind === 'scalar' && idNode.value !== null ? String(idNode.value).trim() : '';
  const label = rawId ? `narrative "${rawId}"` : `entry ${index + 1}`;
  const fail = (field: string, at: Located | undefined, detail: string) => problems.push({ line: at?.line ?? node.line, detail: `${label}, field "${field}": ${detail}` });
  for (const key of node.fields.keys()) if (!FIELDS.includes(key)) fail(key, node.fields.get(key), `unknown field (fields: ${FIELDS.join(', ')})`);
  if (!rawId) fail('id', idNode, `missing (${REQUIRED})`);
  else if (!ID.test(rawId)) fail('id', idNode, `"${rawId}" is not a valid id (letters, digits, and . _ : / - after the first character)`);
  const title = text(node, 'title', fail, true);
  const description = text(node, 'description', fail, false);
  const examples = readExamples(node.fields.get('examples'), fail);
  const narrative: Narrative = {
    id: rawId,
    title: title ?? '',
    description,
    examples,
    keywords: readKeywords(node.fields.get('keywords'), fail, examples),
    entities: readEntities(node.fields.get('entities'), fail, vocabulary),
    predicates: readPredicates(node.fields.get('predicates'), fail, vocabulary),
    parent: text(node, 'parent', fail, false),
    source: text(node, 'source', fail, false),
    note: text(node, 'note', fail, false),
    origin: { file, line: idNode?.line ?? node.line },
  };
  return rawId && title && examples.length ? narrative : null;
}

type Fail = (field: string, at: Located | undefined, detail: string) => void;

function text(node: Located & { kind: 'map' }, field: string, fail: Fail, required: boolean): string | null {
  const value = node.fields.get(field);
  if (!value || (value.kind === 'scalar' && value.value === null)) {
    if (required) fail(field, value, `missing (${REQUIRED})`);
    return null;
  }
  if (value.kind !== 'scalar') {
    fail(field, value, 'expected text');
    return null;
  }
  const s = String(value.value).trim();
  if (!s && required) fail(field, value, 'is empty');
  return s || null;
}

function strings(node: Located | undefined, field: string, fail: Fail): string[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) return [];
  if (node.kind === 'scalar') return [String(node.value)];
  if (node.kind !== 'list') {
    fail(field, node, 'expected a list of text');
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar' && item.value !== null && String(item.value).trim()) out.push(String(item.value).trim());
    else fail(field, item, 'expected text in the list');
  }
  return out;
}

function readExamples(node: Located | undefined, fail: Fail): NarrativeExample[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) {
    fail('examples', node, `missing (${REQUIRED})`);
    return [];
  }
  if (node.kind !== 'list' || !node.items.length) {
    fail('examples', node, 'expected a non-empty list of claims (text, or {text, language, source, date})');
    return [];
  }
  const out: NarrativeExample[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar' && item.value !== null && String(item.value).trim()) {
      out.push({ text: String(item.value).trim(), language: null, source: null, date: null });
      continue;
    }
    if (item.kind !== 'map') {
      fail('examples', item, 'expected a claim (text, or {text, language, source, date})');
      continue;
    }
    for (const key of item.fields.keys()) if (!EXAMPLE_FIELDS.includes(key)) fail(`examples.${key}`, item.fields.get(key), 'unknown field (text, language, source, date)');
    const get = (key: string): string | null => {
      const v = item.fields.get(key);
      return v?.kind === 'scalar' && v.value !== null && String(v.value).trim() ? String(v.value).trim() : null;
    };
    const textValue = get('text');
    const language = get('language') ?? get('lang');
    if (!textValue) fail('examples.text', item, 'missing');
    else if (language && !LANGUAGE.test(language)) fail('examples.language', item, `"${language}" is not an ISO 639-1 code`);
    else out.push({ text: textValue, language, source: get('source'), date: get('date') });
  }
  return out;
}

/** A map of language → words (`*` for every language), or a plain list, which applies in every language. */
function readKeywords(node: Located | undefined, fail: Fail, examples: NarrativeExample[]): Record<string, string[]> {
  if (!node || (node.kind === 'scalar' && node.value === null)) return {};
  const out: Record<string, string[]> = {};
  const add = (language: string, words: string[]) => {
    if (words.length) out[language] = [...new Set([...(out[language] ?? []), ...words])];
  };
  const everywhere = (words: string[]) => {
    const languages = new Set([...LANGUAGES, ...examples.map((e) => e.language ?? 'en')]);
    for (const language of languages) add(language, words);
  };
  if (node.kind === 'list' || node.kind === 'scalar') {
    everywhere(strings(node, 'keywords', fail));
    return out;
  }
  for (const [language, value] of node.fields) {
    if (language === EVERY_LANGUAGE) everywhere(strings(value, 'keywords', fail));
    else if (!LANGUAGE.test(language)) fail(`keywords.${language}`, value, `"${language}" is not an ISO 639-1 code (or "*" for every language)`);
    else add(language, strings(value, `keywords.${language}`, fail));
  }
  return out;
}

function readPredicates(node: Located | undefined, fail: Fail, vocabulary?: Vocabulary): string[] {
  const out = strings(node, 'predicates', fail).map((p) => p.toUpperCase());
  if (!vocabulary) return out;
  const known = [...vocabulary.predicates].join(', ');
  return out.filter((p) => vocabulary.predicates.has(p) || (fail('predicates', node, `unknown predicate class "${p}" (known: ${known})`), false));
}

function readEntities(node: Located | undefined, fail: Fail, vocabulary?: Vocabulary): NarrativeEntity[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) return [];
  if (node.kind !== 'list') {
    fail('entities', node, 'expected a list of {id, role}');
    return [];
  }
  const out: NarrativeEntity[] = [];
  for (const item of node.items) {
    const id = item.kind === 'map' ? item.fields.get('id') : undefined;
    const role = item.kind === 'map' ? item.fields.get('role') : undefined;
    const idText = id?.kind === 'scalar' && id.value !== null ? String(id.value).trim() : '';
    const roleText = role?.kind === 'scalar' && role.value !== null ? String(role.value).trim() : 'mentioned';
    if (!idText) fail('entities.id', item, 'missing (each entity is {id, role})');
    else if (vocabulary && !vocabulary.isEntity(idText)) fail('entities.id', id, `unknown entity "${idText}" (a gazetteer id such as united-states, or an actor class such as west)`);
    else if (!NARRATIVE_ROLES.includes(roleText as NarrativeRole)) fail('entities.role', role, `"${roleText}" is not a role (${NARRATIVE_ROLES.join(', ')})`);
    else out.push({ id: idText, role: roleText as NarrativeRole });
  }
  return out;
}
