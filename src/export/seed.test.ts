// The seed article end to end (issue 8's acceptance): a valid STIX bundle with one report, identities for the outlet
// (here its byline: the text names no site) and Zamir Kabulov, DISARM techniques by their real ids, byte-identical
// when exported twice; ClaimReview drafts naming Kabulov as the author of his claims and the outlet of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyze.js';
import { claimOwner } from './facts.js';
import { exportDocuments } from './index.js';
import { checkJsonLd } from './jsonld-check.js';
import { validateStixBundle } from './stix-schema/validate.js';

const SEED = fileURLToPath(new URL('../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url));
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED}`;

type Obj = Record<string, unknown>;

test('seed: STIX bundle valid, one report, outlet and Kabulov identities, real DISARM ids, byte-identical twice', { skip }, () => {
  const doc = analyze(readFileSync(SEED, 'utf8'));
  const first = exportDocuments('stix', [doc]);
  const again = exportDocuments('stix', [analyze(readFileSync(SEED, 'utf8'))]);
  assert.equal(again.body, first.body);
  const bundle = JSON.parse(String(first.body)) as { objects: Obj[] };
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.equal(bundle.objects.filter((o) => o.type === 'report').length, 1);
  // Issue 15: no deprecated x_ custom properties (OASIS validator warning); claimtrail's sit under its extension.
  const keys = (v: unknown): string[] => (v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : []);
  assert.deepEqual(keys(bundle.objects).filter((k) => k.startsWith('x_')), []);
  const identities = bundle.objects.filter((o) => o.type === 'identity').map((o) => o.name);
  assert.ok(identities.includes('Zamir Kabulov'));
  assert.ok(identities.includes('Abu Ahmad'), 'the byline stands for the outlet');
  assert.ok(first.gaps.some((g) => g.includes('the byline "Abu Ahmad" stands for the outlet')));
  const disarm = JSON.parse(readFileSync(new URL('./data/disarm-techniques.json', import.meta.url), 'utf8')) as { techniques: Array<{ id: string; name: string }> };
  const patterns = bundle.objects.filter((o) => o.type === 'attack-pattern');
  assert.ok(patterns.length > 0);
  for (const p of patterns) {
    const ref = (p.external_references as Obj[])[0];
    assert.equal(ref.source_name, 'DISARM');
    assert.equal(disarm.techniques.find((t) => t.id === ref.external_id)?.name, p.name);
  }
  const kabulov = bundle.objects.find((o) => o.name === 'Zamir Kabulov') as Obj;
  assert.ok(bundle.objects.some((o) => o.type === 'relationship' && o.source_ref === kabulov.id && String(o.target_ref).startsWith('attack-pattern--')));
});

test('seed: ClaimReview drafts name Kabulov for his claims and the outlet (byline) for its own', { skip }, () => {
  const doc = analyze(readFileSync(SEED, 'utf8'));
  const out = exportDocuments('claimreview', [doc]);
  const document = JSON.parse(String(out.body)) as { '@graph': Obj[] };
  assert.deepEqual(checkJsonLd(document), []);
  const claims = doc.layers.claims ?? [];
  assert.equal(document['@graph'].length, claims.length);
  let his = 0;
  let own = 0;
  claims.forEach((c, i) => {
    const owner = claimOwner(doc, c);
    const author = (document['@graph'][i].itemReviewed as Obj).author as Obj | undefined;
    if (owner.kind === 'speaker' && owner.entity?.gazetteerId === 'zamir-kabulov') {
      his++;
      assert.deepEqual([author?.['@type'], author?.name], ['Person', 'Zamir Kabulov']);
    }
    if (owner.kind === 'publisher') {
      own++;
      assert.deepEqual(author, { '@type': 'Person', name: 'Abu Ahmad' });
    }
  });
  assert.ok(his >= 3 && own >= 1, `${his} of Kabulov's claims, ${own} of the outlet's`);
});
