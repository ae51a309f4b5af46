// Golden test on the article claimtrail started from (issue 3): how it casts the US, NATO, ISIS-K and the IEA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyze.js';
import type { Doc, Framing } from '../../core/types.js';

const SEED = fileURLToPath(new URL('../../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url));
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED} (../shared beside the checkout)`;

let cached: Doc | null = null;
const seed = (): Doc => (cached ??= analyze({ text: readFileSync(SEED, 'utf8'), name: 'almirsad-kabulov-isis.txt' }));

function framingOf(doc: Doc, alias: string): Framing | undefined {
  const entity = doc.layers.entities!.find((e) => e.canonical === alias || e.aliases.includes(alias));
  assert.ok(entity, `an entity named ${alias}`);
  return doc.layers.framing!.find((f) => f.entityId === entity.id);
}
const says = (doc: Doc, f: Framing) => f.evidence.map((s) => doc.text.slice(s.start, s.end));

test('seed: the United States and NATO are antagonists (conspirator or instigator)', { skip }, () => {
  const doc = seed();
  for (const name of ['United States', 'NATO']) {
    const f = framingOf(doc, name);
    assert.ok(f, `${name} is framed`);
    assert.equal(f.role, 'antagonist', name);
    assert.ok(['conspirator', 'instigator'].includes(f.fineRole), `${name}: ${f.fineRole}`);
    assert.ok(f.score >= 0.7, `${name} score ${f.score}`);
  }
  const us = says(doc, framingOf(doc, 'United States')!);
  for (const phrase of ['creation of ISIS', 'relocated ISIS', 'considered invaders', 'imposed sanctions on the IEA']) {
    assert.ok(us.some((s) => s.includes(phrase)), `US evidence includes “${phrase}”: ${us.join(' | ')}`);
  }
});

test('seed: ISIS-K is an antagonist (terrorist), by its attacks and the label Khawarij', { skip }, () => {
  const doc = seed();
  const f = framingOf(doc, 'ISKP')!;
  assert.equal(`${f.role}/${f.fineRole}`, 'antagonist/terrorist');
  const evidence = says(doc, f);
  assert.ok(evidence.some((s) => s.includes('attacks towards')));
  assert.ok(evidence.some((s) => s.includes('Khawarij')));
});

test('seed: the Islamic Emirate is a protagonist or innocent (guardian or victim)', { skip }, () => {
  const doc = seed();
  const f = framingOf(doc, 'IEA')!;
  assert.ok(f.role === 'protagonist' || f.role === 'innocent', f.role);
  assert.ok(['guardian', 'victim'].includes(f.fineRole), f.fineRole);
  assert.match(f.explanation, /resisting|struggle against|sanctions on/);
});

test('seed: Kabulov is the source, not a framed actor; places and the outlet are not framed', { skip }, () => {
  const doc = seed();
  for (const name of ['Zamir Kabulov', 'Afghanistan', 'RTVI', 'Jawzjan', 'Russia']) assert.equal(framingOf(doc, name), undefined, name);
  assert.equal(doc.layers.framing!.length, 4);
});
