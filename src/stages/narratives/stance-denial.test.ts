// A narrative whose claim is itself a denial ("Russian hackers are a myth"): the verdict words of the sentence that
// says it are the claim, not the outlet's verdict on it; a fact-check of it still refutes. Texts written for this test.
import { catalogueStanceCheck } from './test-helpers.js';

const CATALOGUE = `- id: hackers-myth
  title: Russian hackers are a myth invented by Western intelligence
  examples:
    - Russian hackers are a myth
    - The story of Russian hacking is a fabrication of Western spies
    - The CIA invents cyberattacks and blames them on Moscow
`;

const check = catalogueStanceCheck(CATALOGUE, 'hackers-myth');

check('a denial said in the outlet’s voice', [
  ['en', 'Cyber scare\n\nThe tale of Russian hackers is a myth spread by Western spy agencies. Every outage is blamed on Moscow.', 'asserts'],
  ['ru', 'Кибершпионаж\n\nРусские хакеры — это миф, который придумали западные спецслужбы. Любой сбой валят на Москву.', 'asserts'],
  ['de', 'Cyberangst\n\nDie russischen Hacker sind ein Mythos, den westliche Geheimdienste erfunden haben. Jede Panne wird Moskau angelastet.', 'asserts'],
]);

check('a fact-check of the denial, or the denial denied', [
  ['en', 'Cyber attacks\n\nRussian hackers are not a myth. The attacks were traced to a military intelligence unit.', 'refutes'],
  ['ru', 'Кибератаки\n\nРусские хакеры — вовсе не миф. Атаки отследили до подразделения военной разведки.', 'refutes'],
  ['de', 'Cyberangriffe\n\nDie russischen Hacker sind kein Mythos. Die Angriffe wurden einer Einheit des Militärgeheimdienstes zugeordnet.', 'refutes'],
  ['en', 'Fact check: the attacks were real\n\nA viral post says Russian hackers are a myth. Investigators traced the attacks to a military intelligence unit.', 'refutes'],
]);
