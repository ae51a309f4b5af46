// Test pipelines for the narratives stage: the real language, segment and entities stages, and a quotes stage
// that takes every “…” or «…» as a direct quote of "someone", so stance tests do not depend on the quotes model.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLayers } from '../../core/doc.js';
import { createPipeline, type Pipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Quote } from '../../core/types.js';
import { createDoc } from '../../core/doc.js';
import { entities } from '../entities/index.js';
import { language } from '../language/index.js';
import { segment } from '../segment/index.js';
import { articleStance } from './article-stance.js';
import { narratives, type NarrativesOptions } from './narratives.js';

const markedQuotes = defineStage({
  name: 'quotes',
  requires: ['sentences'],
  assigns: ['quotes'],
  create() {
    return (doc: Doc) => {
      const quotes: Quote[] = [];
      for (const m of doc.text.matchAll(/[“«][^”»]+[”»]/gu)) {
        const start = m.index ?? 0;
        quotes.push({ id: `q${quotes.length + 1}`, kind: 'direct', content: { start, end: start + m[0].length }, cue: null, speaker: { entityId: null, name: 'someone', span: null }, venue: null });
      }
      return withLayers(doc, { quotes });
    };
  },
});

const cache = new Map<string, Pipeline>();

/** A pipeline ending in the narratives stage with these options (built once per option set and language). */
export function testPipeline(options: NarrativesOptions = {}, lang?: string): Pipeline {
  const key = JSON.stringify([options, lang ?? null]);
  let p = cache.get(key);
  if (!p) {
    p = createPipeline()
      .use(language, lang ? { force: lang } : undefined)
      .use(segment)
      .use(entities, undefined)
      .use(markedQuotes)
      .use(narratives, options);
    cache.set(key, p);
  }
  return p;
}

/** Analyses text given exactly; the first line is the headline when a blank line follows it. */
export function run(text: string, lang: string, options: NarrativesOptions = {}): Doc {
  const title = /^([^\n]+)\n\s*\n/.exec(text)?.[1] ?? null;
  return testPipeline(options, lang).run(createDoc({ text, meta: { title } }));
}

/** The narrative matches as "id stance" strings, for compact assertions. */
export function found(doc: Doc): string[] {
  return (doc.layers.narratives ?? []).map((n) => `${n.id} ${n.stance}`);
}

/** The evidence texts of one match. */
export function evidence(doc: Doc, id: string, stance: string): string[] {
  const m = (doc.layers.narratives ?? []).find((n) => n.id === id && n.stance === stance);
  return m ? m.evidence.map((e) => doc.text.slice(e.start, e.end)) : [];
}

/**
 * The article stance toward narrative `id` where it was found; otherwise toward whichever narratives the text met (a
 * broader one, "the West sponsors terrorism", may win the sentence): stance tests test the stance, not the matching.
 */
export function stanceOfArticle(text: string, lang: string, id: string): string {
  const all = run(text, lang).layers.narratives ?? [];
  const mine = all.filter((n) => n.id === id);
  return articleStance((mine.length ? mine : all).map((n) => n.stance)) ?? 'none';
}

/** A stance test case: language, text, and (where the cases of one call differ) the stance wanted. */
export type StanceCase = readonly [lang: string, text: string, want?: string];

/**
 * One test per case: the article stance of narrative `id` in the text is the case's own `want`, else `want` here (a
 * stance, or a check of the stance read).
 */
export function checkStances(kind: string, id: string, cases: readonly StanceCase[], want?: string | ((got: string) => boolean)): void {
  for (const [lang, text, own] of cases) {
    const expected = own ?? want;
    test(`${lang} ${kind}: ${text.replace(/\n+/g, ' / ').slice(0, 110)}${typeof expected === 'string' ? ` → ${expected}` : ''}`, () => {
      const got = stanceOfArticle(text, lang, id);
      if (typeof expected === 'function') assert.ok(expected(got), `got ${got}`);
      else assert.equal(got, expected);
    });
  }
}

/** Two neutral sentences in each language, the filler around a claim in stance tests (no narrative of their own). */
export const TALKS: Record<string, string> = {
  en: 'The talks ended on Monday. Officials met in Geneva.',
  ru: 'Переговоры завершились в понедельник. Делегации встретились в Женеве.',
  ar: 'انتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.',
  de: 'Die Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.',
  fr: 'Les pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.',
};

/** One narrative told in the five languages (written for the stance tests): claims matched by similarity alone. */
export const ANNEX_CATALOGUE = `- id: annex
  title: Poland plans to annex western Ukraine
  examples:
    - Poland plans to annex western Ukraine
    - Warsaw wants to seize the western regions of Ukraine
    - Польша планирует аннексировать западную Украину
    - تخطط بولندا لضم غرب أوكرانيا
    - Polen plant, die Westukraine zu annektieren
    - La Pologne prévoit d'annexer l'ouest de l'Ukraine
`;

/** Options reading only a catalogue of the test's own (YAML text), written to a temporary file on first use. */
export function catalogueOptions(catalogue: string): () => NarrativesOptions {
  let file: string | null = null;
  return () => {
    if (!file) {
      file = join(mkdtempSync(join(tmpdir(), 'claimtrail-catalogue-')), 'mine.yml');
      writeFileSync(file, catalogue);
    }
    return { files: [file], builtIn: false };
  };
}

/**
 * Stance tests against a catalogue of the test's own (YAML text, written to a temporary file on first use): one test
 * per case, the article stance toward narrative `id` (or 'none') being the case's stance.
 */
export function catalogueStanceCheck(catalogue: string, id: string): (kind: string, cases: readonly (readonly [lang: string, text: string, stance: string])[]) => void {
  const options = catalogueOptions(catalogue);
  return (kind, cases) => {
    for (const [lang, text, stance] of cases) {
      test(`${lang} ${kind}: ${text.replace(/\n+/g, ' / ').slice(0, 110)} → ${stance}`, () => {
        const all = run(text, lang, options()).layers.narratives ?? [];
        assert.equal(articleStance(all.filter((n) => n.id === id).map((n) => n.stance)) ?? 'none', stance);
      });
    }
  };
}
