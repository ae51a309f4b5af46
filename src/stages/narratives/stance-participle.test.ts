// A speech verb as a participle right after its noun ("a video CLAIMING …", "une vidéo AFFIRMANT que …") says what the noun says; a verdict on that noun ("… is false") is the outlet's, so such a
// headline makes a debunk (stance-verdict.ts `saidBySomeone`). A finite speech verb ("Kyiv is claiming …") or a
// participle behind a comma after a speaker ("Tusk, calling …") still gives the verdict to its speaker. Met on catf
// ("FACT CHECK: Viral clip claiming … is false"); texts written for this test.
import { ANNEX_CATALOGUE, catalogueStanceCheck } from './test-helpers.js';

const check = catalogueStanceCheck(ANNEX_CATALOGUE, 'annex');

check('a participle of speech after its noun: the verdict on the noun is the outlet\'s', [
  ['en', 'Video claiming Warsaw wants new land is false\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'refutes'],
  ['fr', "Une vidéo affirmant que Varsovie veut de nouvelles terres est fausse\n\nLes pourparlers ont pris fin lundi. La Pologne prévoit d'annexer l'ouest de l'Ukraine, dit une vidéo.", 'refutes'],
]);

check('a finite speech verb or a speaker before the participle keeps the verdict theirs', [
  ['en', 'Kyiv is claiming the Warsaw story is false\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'reports'],
  ['en', 'Tusk, claiming the story is false, meets Kyiv\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'reports'],
]);
