// Core entities of example-only narratives (core-entities.ts): a sentence on the same topic that names none of the
// narrative's actors is news; named in the sentence before or in the headline, they count. Sentences written for
// this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { buildKnowledge } from './compile.js';
import { namesCore } from './core-entities.js';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: isis
  title: The US/West created ISIS
  description: The United States and its allies created, fund or protect the Islamic State.
  examples:
    - The United States created ISIS
    - The US and NATO finance and arm Islamic State terrorists
- id: coup
  title: The Maidan was a Western-backed coup
  examples:
    - The Maidan was a coup organised by the United States
    - The West financed the unconstitutional coup in Ukraine
- id: biolabs
  title: The US runs secret biolabs in Ukraine
  examples:
    - The Pentagon runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
`;

const options = catalogueOptions(CATALOGUE);

test('the core of a narrative is its most general non-topic entities: the West and terrorism, not the US or ISIS', () => {
  const k = buildKnowledge(options());
  const core = (id: string) => [...(k.compiled.core?.get(k.compiled.narratives.findIndex((n) => n.id === id)) ?? [])].sort();
  assert.deepEqual(core('isis'), ['c:terrorism', 'c:west']);
  // Biolabs are a topic: only who runs them is required.
  assert.ok(!core('biolabs').includes('c:biolab') && core('biolabs').includes('c:west'));
});

test('namesCore: every core entity in the unit or around it', () => {
  const core = new Set(['c:west', 'c:terrorism']);
  assert.ok(namesCore(new Set(['c:west', 'c:terrorism', 'k:arm']), core));
  assert.ok(!namesCore(new Set(['c:terrorism', 'k:arm']), core));
  assert.ok(namesCore(new Set(['c:terrorism', 'k:arm']), core, new Set(['c:west'])));
  assert.ok(namesCore(new Set(['k:arm']), undefined));
});

test('an ISIS attack report that says "weapons" is not "the West arms ISIS" (fr, de, en)', () => {
  assert.deepEqual(found(run("Mali : l'État islamique attaque un camp\n\nDes combattants de l'État islamique ont pris d'assaut un camp militaire au Mali et emporté des armes et des munitions.", 'fr', options())), []);
  assert.deepEqual(found(run('Anschlag in Syrien\n\nKämpfer des Islamischen Staates überfielen einen Stützpunkt der Armee und erbeuteten Waffen und Munition.', 'de', options())), []);
  assert.deepEqual(found(run('Attack in Iraq\n\nIslamic State fighters raided an army base and seized weapons and ammunition.', 'en', options())), []);
});

test('the same claim with its actor named still meets the narrative (fr, de)', () => {
  assert.ok(found(run('Les États-Unis arment les terroristes\n\nLes États-Unis financent et arment les terroristes de l\'État islamique en Syrie.', 'fr', options())).some((f) => f.startsWith('isis ')));
  assert.ok(found(run('Washington bewaffnet Terroristen\n\nDie USA finanzieren und bewaffnen die Terroristen des Islamischen Staates.', 'de', options())).some((f) => f.startsWith('isis ')));
});

test('an actor named in the headline carries to a later sentence that refers back to it (fr)', () => {
  const text = 'Kiev 2014 : un putsch payé par Washington\n\nIl y a dix ans, le président fut chassé du pouvoir.\n\nCe coup d\'État inconstitutionnel a été financé pour renverser le gouvernement légitime.';
  assert.ok(found(run(text, 'fr', options())).some((f) => f.startsWith('coup ')), JSON.stringify(found(run(text, 'fr', options()))));
});
