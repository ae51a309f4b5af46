// One short text per role, written for these tests: each role and fine role is reachable from the lexicon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cast } from './test-helpers.js';

const CASES: [string, string, string][] = [
  // [text, actor, expected role/fineRole]
  ['Pakistan armed the Taliban for years. Pakistan denies this.', 'Pakistan', 'antagonist/conspirator'],
  ['The Houthis were funded by Iran, the report says. Iran rejects the report.', 'Iran', 'antagonist/conspirator'],
  ['Analysts think the CIA is behind the unrest. The CIA has not commented.', 'CIA', 'antagonist/conspirator'],
  ['Russia invaded Ukraine in February. Russia calls it an operation.', 'Russia', 'antagonist/instigator'],
  ['Villagers said the Wagner Group were invaders. The Wagner Group left in May.', 'Wagner Group', 'antagonist/instigator'],
  ['Boko Haram is a terrorist group. Boko Haram kidnapped dozens of pupils.', 'Boko Haram', 'antagonist/terrorist'],
  ['Al-Shabaab carried out an attack on a hotel. Al-Shabaab later issued a statement.', 'Al-Shabaab', 'antagonist/terrorist'],
  ['The Kremlin lied about the losses. The Kremlin also covered up the crash.', 'Kremlin', 'antagonist/deceiver'],
  ['Hungary undermined the sanctions package. Hungary says it protects its economy.', 'Hungary', 'antagonist/saboteur'],
  ['China is an adversary, the senator argued. China dismissed the remarks.', 'China', 'antagonist/foreign adversary'],
  ['The governor embezzled aid money. Then Iraq looted the reserves too. Iraq denied it.', 'Iraq', 'antagonist/corrupt'],
  ['Belarus persecuted journalists for years. Belarus cracked down on protests.', 'Belarus', 'antagonist/tyrant'],
  ['The SDF defended the town for weeks. The SDF lost many fighters.', 'Syrian Democratic Forces', 'protagonist/guardian'],
  ['The WHO was incompetent, the review found. The WHO botched the response.', 'World Health Organization', 'antagonist/incompetent'],
  ['GRU agents are spies, the court found. The GRU denies it.', 'GRU', 'antagonist/spy'],
  ['Ashraf Ghani betrayed Afghanistan, critics say. Ashraf Ghani fled in 2021.', 'Ashraf Ghani', 'antagonist/traitor'],
  ['The AfD is xenophobic, the minister said. The AfD rejects this.', 'Alternative für Deutschland', 'antagonist/bigot'],
  ['Ukraine, outnumbered and outgunned, held the line. Ukraine asked for help.', 'Ukraine', 'protagonist/underdog'],
  ['The Qassam Brigades fighters were martyred in the raid. The Qassam Brigades vowed revenge.', 'Al-Qassam Brigades', 'protagonist/martyr'],
  ['Qatar brokered a ceasefire. Qatar mediated between the sides before.', 'Qatar', 'protagonist/peacemaker'],
  ['Poland rescued the crew of the sinking ship. Poland was praised for it.', 'Poland', 'protagonist/virtuous'],
  ['Hamas defied the blockade. Hamas rebelled against the occupation.', 'Hamas', 'protagonist/rebel'],
  ['Palestine was sanctioned. Sanctions on Palestine hit farmers hardest. Attacks on Palestine continued.', 'Palestine', 'innocent/victim'],
  ['Serbia was falsely accused of the hack. Serbia asked for an inquiry.', 'Serbia', 'innocent/scapegoat'],
  ['Armenia was manipulated by its allies. Armenia became a pawn in a larger game.', 'Armenia', 'innocent/exploited'],
  ['The world neglected Yemen for a decade. Yemen has been forgotten.', 'Yemen', 'innocent/forgotten'],
];

for (const [text, actor, expected] of CASES) {
  test(`${expected}: ${text.slice(0, 50)}`, () => {
    assert.equal(cast(text, actor), expected);
  });
}
