// Stance families of issue 12 left by the seventh round's held-out writers (blind11, cath; 2026-12-07): debunks read
// as asserting. A portrayal verb around a label in quotation marks ("stellt … als „…“ dar"), Russian "домысел"
// (a conjecture) as the outlet's verdict, and German verdicts that the claim is unproven ("keinen einzigen Beleg",
// "ist nicht belegt", "keine Grundlage"). Texts written for this test, read with the built-in catalogue's
// "the US created ISIS" narrative.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

const COLOUR = `
- id: paid-protests
  title: The West pays for colour revolutions
  examples:
    - The protests are a colour revolution paid for by the West
`;
const portrayal = catalogueStanceCheck(COLOUR, 'paid-protests');
portrayal('a portrayal verb around a quoted label gives the label to its speaker', [
  ['de', 'Notizen\n\nDie Regierungspartei stellt die Proteste als „vom Westen bezahlte Farbrevolution“ dar.', 'reports'],
  ['de', 'Notizen\n\nDie Regierungspartei stellt die Proteste als vom Westen bezahlte Farbrevolution dar.', 'reports'],
  ['de', 'Notizen\n\nDie Proteste sind eine „vom Westen bezahlte Farbrevolution“.', 'asserts'],
]);

checkStances('a conjecture, in Russian, is the outlet’s verdict on the claim', ISIS, [
  ['ru', 'Заметки\n\nУтверждение о том, что США создали ИГИЛ, остаётся домыслом.', 'refutes'],
  ['ru', 'Заметки\n\nВсе это лишь домыслы: США не создавали ИГИЛ.', 'refutes'],
]);

checkStances('a German verdict that the claim is unproven', ISIS, [
  ['de', 'Notizen\n\nFür die Behauptung, die USA hätten den IS gegründet, gibt es keinen einzigen Beleg.', 'refutes'],
  ['de', 'Notizen\n\nDer Vorwurf, die USA hätten den IS gegründet, ist nicht belegt.', 'refutes'],
  ['de', 'Notizen\n\nDie USA hätten den IS gegründet, heißt es im Netz. Für diese Darstellung gibt es keine Grundlage.', 'refutes'],
]);

// Eighth round (blind12, cati, after their held-out measurement): a letter writer's objection to the line they quote,
// and swearing as speech.
checkStances('a writer who objects to the line just quoted refutes it', ISIS, [
  ['en', 'Letter\n\nYour correspondent repeated the line that the United States created ISIS. As a historian of the region, I must object.', 'refutes'],
  ['de', 'Leserbrief\n\nIhr Autor schreibt, die USA hätten den IS gegründet. Als Historiker muss ich widersprechen.', 'refutes'],
  ['ru', 'Письмо\n\nВаш автор пишет, что США создали ИГИЛ. Как историк, я вынужден возразить.', 'refutes'],
  // The line repeated, with no objection, is reported.
  ['en', 'Letter\n\nYour correspondent repeated the line that the United States created ISIS. The debate goes on.', 'reports'],
]);

checkStances('swearing to a claim is saying it', ISIS, [
  ['en', 'Notes\n\nThe envoy swears that the United States created ISIS.', 'reports'],
  ['fr', "Notes\n\nL'émissaire jure que les États-Unis ont créé l'État islamique.", 'reports'],
  ['de', 'Notizen\n\nDer Gesandte beteuert, die USA hätten den IS gegründet.', 'reports'],
]);

checkStances('a health or reality check heading the headline labels a debunk, like a fact check', ISIS, [
  ['en', 'Health check: the "America built ISIS" videos are back\n\nClips claim that the United States created ISIS. They have been viewed a million times.', 'refutes'],
  ['en', 'Reality check: the United States created ISIS?\n\nClips claim that the United States created ISIS.', 'refutes'],
]);
