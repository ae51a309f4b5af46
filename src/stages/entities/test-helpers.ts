// Shared by the entities tests: a document with sentences and a forced language, run through the stage.
import { createDoc, withMeta } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { segment } from '../segment/index.js';
import { entities, type EntitiesOptions } from './index.js';

const split = segment.create();
const runs = new Map<string, ReturnType<typeof entities.create>>();

export function analyse(text: string, language = 'en', options?: EntitiesOptions): Entity[] {
  const key = options?.gazetteer ?? '';
  if (!runs.has(key)) runs.set(key, entities.create(options));
  const doc = split(withMeta(createDoc({ text }), { language }));
  const out = runs.get(key)!(doc).layers.entities!;
  for (const e of out) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad offsets for ${m.text}`);
  return out;
}

export function byId(list: Entity[], gazetteerId: string): Entity | undefined {
  return list.find((e) => e.gazetteerId === gazetteerId);
}

/** "text/kind" for each mention, for compact assertions. */
export function mentionsOf(entity: Entity | undefined): string[] {
  return entity ? entity.mentions.map((m) => `${m.text}/${m.kind}`) : [];
}
