// A narrative whose claim is a denial said with a negation ("The Holodomor was not a genocide", "The Kremlin had
// nothing to do with the death of …"): an outlet that says, in its own words, what the negation denies states the
// opposite and refutes the narrative; one that says the denial asserts it; someone else's word is reported. Before
// this, the first read as asserting (the negation is the claim's, so an affirmative sentence looked like the claim)
// and the plain negation of a catalogue of denials read as refuting. Texts and catalogue written for this test.
import { catalogueStanceCheck } from './test-helpers.js';

const DENIALS = `
- id: not-genocide
  title: The Holodomor was not a genocide
  description: The famine of 1932-33 struck all Soviet peoples alike and was no deliberate destruction of Ukrainians.
  examples:
    - The Holodomor was not a genocide
    - The famine of 1932 was not aimed at Ukrainians
    - Calling the famine a genocide is a political invention of Kyiv
- id: kremlin-innocent
  title: The Kremlin had nothing to do with the death of the opposition leader
  description: Denial that the Russian state killed the opposition leader; he died of natural causes.
  examples:
    - The Kremlin had nothing to do with the death of the opposition leader
    - The opposition leader died of natural causes, not because of Moscow
    - Accusing Putin of killing him is a Western lie
`;
const genocide = catalogueStanceCheck(DENIALS, 'not-genocide');
const kremlin = catalogueStanceCheck(DENIALS, 'kremlin-innocent');

genocide('the outlet says what the denial denies: it refutes the denial', [
  ['en', "History\n\nThe Holodomor was a genocide: Stalin's regime deliberately starved millions of Ukrainians.", 'refutes'],
  ['de', 'Geschichte\n\nDer Holodomor war ein Völkermord an den Ukrainern.', 'refutes'],
  ['ru', 'История\n\nГолодомор был геноцидом украинского народа.', 'refutes'],
  ['fr', "Histoire\n\nL'Holodomor était un génocide contre les Ukrainiens.", 'refutes'],
]);

genocide('the outlet says the denial, or reports someone saying the opposite', [
  ['en', 'History\n\nThe famine of 1932 was not a genocide against Ukrainians.', 'asserts'],
  ['en', 'History\n\nKyiv says the Holodomor was a genocide.', 'reports'],
]);

kremlin('a denial by "had nothing to do with": the deed said outright refutes it', [
  ['en', 'Death in the camp\n\nThe Kremlin killed the opposition leader in the camp.', 'refutes'],
  ['ru', 'Смерть в колонии\n\nКремль убил лидера оппозиции.', 'refutes'],
  ['en', 'Death in the camp\n\nThe Kremlin had nothing to do with the death of the opposition leader.', 'asserts'],
  ['ru', 'Смерть в колонии\n\nКремль не имеет никакого отношения к смерти лидера оппозиции.', 'asserts'],
  // The example's own contrast ("…, not because of Moscow") said again is the denial.
  ['en', 'Death in the camp\n\nThe opposition leader died of natural causes, not because of Moscow.', 'asserts'],
]);
