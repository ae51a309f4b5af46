// Stance of claims matched by similarity alone (an example-only catalogue: no frame, so no known predicate): the
// sentence's own negation denies the claim unless it corrects, stresses or sits in someone's promise. Texts and the
// catalogue were written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { articleStance } from './article-stance.js';
import { catalogueOptions, run } from './test-helpers.js';

const CATALOGUE = `- id: annex
  title: Poland plans to annex western Ukraine
  examples:
    - Poland plans to annex western Ukraine
    - Warsaw wants to seize the western regions of Ukraine
`;

const options = catalogueOptions(CATALOGUE);

const cases: [lang: string, text: string, stance: string][] = [
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex western Ukraine.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. Poland does not plan to annex western Ukraine.', 'refutes'],
  ['en', 'Notes\n\nThe talks ended on Monday. Poland has no plans to annex western Ukraine.', 'refutes'],
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша не планирует аннексировать западную Украину.', 'refutes'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Polen plant nicht, die Westukraine zu annektieren.', 'refutes'],
  // A verb of denial is someone's: reported.
  ['en', 'Notes\n\nThe talks ended on Monday. Warsaw denies that Poland plans to annex western Ukraine.', 'reports'],
  // A negation in a clause coordinated after a comma, a correction, a promise: not the claim's denial.
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, and nobody in Brussels wants to see it.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex not Belarus but western Ukraine.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. Poland, which promised not to meddle, plans to annex western Ukraine.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. Poland has never given up its plans to annex western Ukraine.', 'asserts'],
  // A negation before a complement clause governs the verb that brings the claim in.
  ['en', 'Notes\n\nThe talks ended on Monday. Warsaw will never admit that Poland plans to annex western Ukraine.', 'asserts'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Warschau wird nie zugeben, dass Polen die Westukraine annektieren will.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. It is not true that Poland plans to annex western Ukraine.', 'refutes'],
];

for (const [lang, text, stance] of cases) {
  test(`${lang} similarity match: ${text.replace(/\n+/g, ' / ').slice(0, 110)} → ${stance}`, () => {
    const all = run(text, lang, options()).layers.narratives ?? [];
    assert.equal(articleStance(all.filter((n) => n.id === 'annex').map((n) => n.stance)) ?? 'none', stance);
  });
}
