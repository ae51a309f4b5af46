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
