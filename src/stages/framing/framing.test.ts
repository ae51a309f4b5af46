// The slot rules on short texts written for these tests: who is the agent, who the target, who is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLayers } from '../../core/doc.js';
import { framing } from './index.js';
import { cast, frameText } from './test-helpers.js';

test('passive: the subject is the patient, the agent follows "by"', () => {
  const text = 'The Houthis were armed by Iran, the report says. Iran rejects it. Attacks on the Houthis went on.';
  assert.equal(cast(text, 'Iran'), 'antagonist/conspirator');
  assert.equal(cast(text, 'Houthis'), 'innocent/victim');
});

test('coordinated actors share the slot; a pronoun subject is the actors named before it', () => {
  const text = 'As Russia and Belarus massed troops, they imposed sanctions on Moldova. Moldova protested to Russia and Belarus.';
  assert.equal(cast(text, 'Russia'), 'antagonist/instigator');
  assert.equal(cast(text, 'Belarus'), 'antagonist/instigator');
  assert.equal(cast(text, 'Moldova'), 'innocent/victim');
});

test('a relative pronoun points back: "X, who were resisting"', () => {
  const text = 'The column moved towards the SDF, who were resisting the offensive. The SDF held.';
  assert.equal(cast(text, 'Syrian Democratic Forces'), 'protagonist/guardian');
});

test('a negated cue says nothing', () => {
  assert.equal(cast('Iran did not arm the Houthis. Iran sent diplomats to the Houthis instead.', 'Iran'), 'none');
});

test('a mention after a preposition is no subject; a place named as a setting is no actor', () => {
  const { byName } = frameText('Talks in Afghanistan stalled. Fighters from Afghanistan attacked the border post. Afghanistan is poor.');
  assert.equal(byName.get('Afghanistan'), undefined);
});

test('a label after a possessive is not said of the possessor ("America’s enemies")', () => {
  assert.equal(cast('ISIS fights America’s enemies, he said. America denies it.', 'United States'), 'none');
});

test('a label through a link word: "X, who were considered invaders"; not across a conjunction', () => {
  assert.equal(cast('Villagers fled from the NATO forces, who were considered invaders. NATO left.', 'NATO'), 'antagonist/instigator');
  assert.equal(cast('NATO and the old puppet regime left. NATO was gone.', 'NATO'), 'none');
});

test('minor entities (one mention, not in the headline) and provinces are not framed', () => {
  assert.equal(cast('Iran armed the Houthis.', 'Iran'), 'none');
  const { byName } = frameText('The Taliban attacked Jawzjan twice. Jawzjan and the Taliban were in the news.');
  assert.equal(byName.get('Jawzjan'), undefined);
  assert.equal(byName.get('Taliban')?.fineRole, 'terrorist');
});

test('a quoted source is not framed by its own words, only by what the article says of it', () => {
  const quoted = 'Sergey Lavrov said, “Russia defended Donbas and Russia protected its people.” Lavrov repeated it later.';
  const { byName } = frameText(quoted);
  assert.equal(byName.get('Sergey Lavrov'), undefined);
  const framed = frameText('Hezbollah fighters were killed by Israel. Israel said, “We defended our border.” Hezbollah mourned.');
  assert.equal(framed.byName.get('Israel')?.role, 'antagonist');
});

test('evidence spans are exact text with the cue and the actor; the explanation names the cue', () => {
  const { doc, byName } = frameText('The Kremlin lied about the losses. The Kremlin also covered up the crash.');
  const f = byName.get('Kremlin')!;
  assert.deepEqual(f.says, ['Kremlin lied', 'Kremlin also covered up']);
  for (const s of f.evidence) assert.ok(s.start >= 0 && s.end <= doc.text.length && s.start < s.end);
  assert.match(f.explanation, /agent of “lied”/);
  assert.ok(f.score > 0.8 && f.score <= 1);
});

test('labelling techniques said of an actor add evidence; low-scored ones do not', () => {
  const { doc } = frameText('Raids hit the villages. Locals say the Wagner Group are butchers. The Wagner Group attacked again.');
  const at = doc.text.indexOf('butchers');
  const wagner = doc.layers.entities!.find((e) => e.canonical === 'Wagner Group')!;
  const run = (score: number) => {
    const technique = { id: 't1', start: at, end: at + 'butchers'.length, technique: 'Name_Calling,Labeling', score, explanation: 'test' };
    return framing.create(undefined)(withLayers(doc, { techniques: [technique] })).layers.framing!.find((f) => f.entityId === wagner.id)!;
  };
  const strong = run(0.7);
  assert.ok(strong.evidence.some((s) => s.start === at), 'the technique span is evidence');
  assert.match(strong.explanation, /Name_Calling,Labeling “butchers” \(0\.70\)/);
  const weak = run(0.1);
  assert.ok(!weak.evidence.some((s) => s.start === at));
  assert.ok(strong.score > weak.score);
});

test('Russian, German, French and Arabic cues', () => {
  assert.equal(cast('Нападения на талибов продолжаются. Талибы отрицают это.', 'Taliban'), 'innocent/victim');
  assert.equal(cast('Die Terrormiliz IS hat sich bekannt. Der IS kontrolliert Gebiete.', 'Islamic State'), 'antagonist/terrorist');
  assert.equal(cast("Les États-Unis ont créé l'État islamique. Les États-Unis le nient.", 'United States'), 'antagonist/conspirator');
  assert.equal(cast('داعش الإرهابي هاجم القرية. داعش يسيطر على المنطقة.', 'Islamic State'), 'antagonist/terrorist');
});

test('options are checked when the stage is created', () => {
  assert.throws(() => framing.create({ minWeight: 0 }), RangeError);
  assert.throws(() => framing.create({ techniqueMinScore: 2 }), RangeError);
});
