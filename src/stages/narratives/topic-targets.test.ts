// Topic targets (topic-targets.ts, data/topic-targets.yml): a narrative about Russia, Ukraine, ISIS or the media needs
// its sentence (or the one before, or the opening) to name it. Texts and catalogue written for this test, after the
// false positives seen on real articles (eval/narratives/real-articles.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { loadTopicTargets, namesTarget, narrativeTargets } from './topic-targets.js';
import { catalogueOptions, found, run } from './test-helpers.js';

const target = (id: string) => loadTopicTargets().find((t) => t.id === id)!;

function narrative(title: string, examples: string[], description: string | null = null): Narrative {
  return { id: 'n', title, description, examples: examples.map((text) => ({ text, language: 'en', source: null, date: null })), keywords: {}, entities: [], predicates: [], parent: null, source: null, note: null, origin: { file: 'x', line: 1 } };
}

test('every entry has words in the five languages', () => {
  for (const t of loadTopicTargets()) for (const lang of ['en', 'ru', 'ar', 'de', 'fr']) assert.ok(t.words[lang]?.length, `${t.id} ${lang}`);
});

test('words name a target in each language, compounds and Arabic proclitics included', () => {
  assert.ok(namesTarget('The West hates everything Russian', 'en', target('russia')));
  assert.ok(namesTarget('Запад ненавидит всё русское', 'ru', target('russia')));
  assert.ok(namesTarget('الغرب يكره كل ما هو روسي', 'ar', target('russia')));
  assert.ok(namesTarget('undermined counter-terrorist operations', 'en', target('terrorism')));
  assert.ok(namesTarget('Polen plant, die Westukraine zu annektieren', 'de', target('ukraine')));
  assert.ok(!namesTarget('speakers who promote hate', 'en', target('russia')));
});

test('a target counts where most statements of the narrative name it', () => {
  const russophobia = narrative('Russophobia rules the West', ['The West hates Russia and everything Russian', 'Anti-Russian hysteria is spreading in Europe', 'Russophobia is the state ideology of the West']);
  assert.deepEqual(narrativeTargets(russophobia).map((t) => t.id), ['russia']);
  const colour = narrative('The West organises colour revolutions', ['The West organises colour revolutions', 'The protests are paid for by Washington']);
  assert.deepEqual(narrativeTargets(colour), []);
});

const CATALOGUE = `- id: russophobia
  title: Russophobia rules the West
  examples:
    - The West hates Russia and everything Russian
    - Anti-Russian hysteria is spreading in Europe
    - Russophobia has become the state ideology of the West
`;

const options = catalogueOptions(CATALOGUE);

const FILLER = 'The council met on Monday. The agenda was long. Members spoke in turn. A vote followed. The session closed late. Reporters waited outside. ';

test('far into an article, a sentence about hatred that names no Russia carries no Russophobia', () => {
  const doc = run(`Council notes\n\n${FILLER}The West hates its critics and everything they stand for.`, 'en', options());
  assert.deepEqual(found(doc), []);
});

test('the same sentence naming Russia carries it', () => {
  const doc = run(`Council notes\n\n${FILLER}The West hates Russia and everything Russian.`, 'en', options());
  assert.deepEqual(found(doc), ['russophobia asserts']);
});
