// Issue 13: links decided by context (state vs city, "Indian" the peoples vs India, the longest name), and capitalised
// words that are not names of people (page labels, organisations, events, German sentence openers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { germanTitle } from './compounds.js';
import { loadCues } from './cues.js';
import { analyse, byId, mentionsOf } from './test-helpers.js';

const persons = (text: string, lang = 'en') => analyse(text, lang).filter((e) => e.type === 'person').map((e) => e.canonical);

test('"Washington" is the state next to Seattle, Olympia or "Gov.", and the city next to the White House', () => {
  const state = analyse('Washington state Gov. Jay Inslee said Seattle would comply. In Olympia, lawmakers in Washington voted.');
  assert.deepEqual(mentionsOf(byId(state, 'washington-state')), ['Washington state/name', 'Washington/alias']);
  assert.equal(byId(state, 'washington-dc'), undefined);
  const city = analyse('The White House said Washington would respond. The administration in Washington denied it.');
  assert.deepEqual(mentionsOf(byId(city, 'washington-dc')), ['Washington/name', 'Washington/name']);
  assert.equal(byId(city, 'washington-state'), undefined);
  // No context either way: the city, as before.
  assert.deepEqual(mentionsOf(byId(analyse('Washington warned Moscow.'), 'washington-dc')), ['Washington/name']);
  // The document names the state on its own: a bare "Washington" later follows it.
  assert.deepEqual(mentionsOf(byId(analyse('The state of Washington sued. Later Washington won.'), 'washington-state')), ['state of Washington/alias', 'Washington/alias']);
});

test('"New Mexico" is never Mexico (the longest name wins)', () => {
  const list = analyse('Officials in New Mexico said the border was calm. Mexico denied it.');
  assert.deepEqual(mentionsOf(byId(list, 'new-mexico')), ['New Mexico/name']);
  assert.deepEqual(mentionsOf(byId(list, 'mexico')), ['Mexico/name']);
});

test('"Indian tribe" and "Native American" are not India or the United States', () => {
  const list = analyse('The Indian tribe sued. Native American leaders said the reservation was flooded.');
  assert.deepEqual(mentionsOf(byId(list, 'native-americans')), ['Indian/adjective', 'Native American/adjective']);
  assert.equal(byId(list, 'india'), undefined);
  assert.equal(byId(list, 'united-states'), undefined);
  assert.deepEqual(mentionsOf(byId(analyse('The Indian government protested.'), 'india')), ['Indian/adjective']);
});

test('page labels, organisations and events are never persons', () => {
  assert.deepEqual(persons('Book Review\nThe novel is long. She read the Film Review twice.'), []);
  const force = analyse('Air Force officials said the base would close.');
  assert.deepEqual(force.map((e) => [e.canonical, e.type]), [['Air Force', 'organization']]);
  const war = analyse('Civil War historians said the monument should stay. She studied the Civil War.');
  assert.deepEqual(war.map((e) => [e.canonical, e.type]), [['Civil War', 'other']]);
  assert.deepEqual(persons('Schon am Dienstag sagte Präsident Macron, die Lage sei ernst.', 'de'), ['Emmanuel Macron']);
});

test('German: a compound title opens a name ("Innenministerin Anna Beispiel"); sentence-opening nouns are no persons', () => {
  assert.deepEqual(persons('Am Mittwoch sagte Innenministerin Anna Beispiel, man prüfe das. Regierungssprecher Karl Muster schwieg.', 'de'), ['Anna Beispiel', 'Karl Muster']);
  assert.deepEqual(persons('Kritik kam von der Opposition. Schon am Dienstag hatte die Regierung reagiert.', 'de'), []);
  // Only in German: "Administer" ends like "Minister" but is no title.
  assert.equal(germanTitle('innenministerin', 'de', loadCues()), true);
  assert.equal(germanTitle('administer', 'en', loadCues()), false);
});

test('page furniture and the rest of a title are no persons ("Read More", "Top Stories", "Secretary Of State")', () => {
  assert.deepEqual(persons('Read More about the storm.\nTop Stories are below. Related Coverage follows.\nPhoto Credit goes to the agency.'), []);
  assert.deepEqual(persons('Secretary Of State said nothing. Secretary Of State Jane Sample said more.'), ['Jane Sample']);
  assert.deepEqual(persons('Copyright Notice applies.\nUpdated Tuesday, the report changed.\nFile Photo of the bridge.'), []);
  assert.deepEqual(analyse('The fire spread, Getty Images showed.').map((e) => [e.canonical, e.type]), [['Getty Images', 'media']]);
  // An outlet whose name ends in a page word is still an outlet.
  assert.deepEqual(analyse('Fox News reported it.').map((e) => [e.canonical, e.type]), [['Fox News', 'media']]);
});

test('a name after "Residents of" or "the mayor of" is a place', () => {
  const list = analyse('Residents of Olympia said the water was safe. The mayor of Spokane said the city would help.');
  assert.deepEqual(list.map((e) => [e.canonical, e.type]), [['Olympia', 'place'], ['Spokane', 'place']]);
});

test('"Douma" is the Syrian town in English and beside Syria or a chemical attack in French, else the State Duma', () => {
  assert.ok(byId(analyse('The chemical attack in Douma killed dozens of people.'), 'douma'));
  assert.equal(byId(analyse('The chemical attack in Douma killed dozens of people.'), 'state-duma'), undefined);
  assert.ok(byId(analyse("L'attaque chimique de Douma, près de Damas, a fait des dizaines de morts.", 'fr'), 'douma'));
  const duma = analyse('La Douma a adopté la loi mercredi.', 'fr');
  assert.ok(byId(duma, 'state-duma'));
  assert.equal(byId(duma, 'douma'), undefined);
});
