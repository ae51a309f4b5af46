// Paraphrase classes of core.yml (issue 12, recall4): an analyst's example names the class ("insects", "spraying",
// "secretly", "hackers"), an article a member or another verb of it. Sentences written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys } from './interlingual.js';

const keys = (text: string, language: string) => new Set(text.split(/\s+/).flatMap((w) => [...interlingualKeys(w, language)]));
const shares = (text: string, language: string, english: string, key: string) => {
  assert.ok(keys(text, language).has(key), `${text} lacks ${key}`);
  assert.ok(keys(english, 'en').has(key), `${english} lacks ${key}`);
};
const lacks = (text: string, language: string, key: string) => assert.ok(!keys(text, language).has(key), `${text} has ${key}`);

test('insects named by kind, in five languages', () => {
  shares('flour made of mealworms and locusts', 'en', 'insects in our food', 'k:insect');
  shares('мука из сверчков и личинок', 'ru', 'insects in our food', 'k:insect');
  shares('Brot mit Mehlwürmer und Grillen', 'de', 'insects in our food', 'k:insect');
  shares('des grillons et des larves dans le pain', 'fr', 'insects in our food', 'k:insect');
  shares('طحين من الديدان والجراد', 'ar', 'insects in our food', 'k:insect');
});

test('spraying told as dumping or dispersing; poison as contamination', () => {
  shares('aircraft dumping metals over the valley', 'en', 'planes spraying chemicals', 'k:spray');
  shares('самолёты распыляют вещества', 'ru', 'planes spraying chemicals', 'k:spray');
  shares('Flugzeuge versprühen Stoffe', 'de', 'planes spraying chemicals', 'k:spray');
  shares('les avions pulvérisent des produits', 'fr', 'planes spraying chemicals', 'k:spray');
  shares('الطائرات ترش المواد', 'ar', 'planes spraying chemicals', 'k:spray');
  shares('das Meer wird verseucht', 'de', 'the water is contaminated', 'k:toxic');
  shares('l’eau est contaminée', 'fr', 'toxic water', 'k:toxic');
});

test('hidden told as stealth or quietly; cyberattacks told by the hacker', () => {
  shares('slipped onto our plates by stealth', 'en', 'secretly putting insects in food', 'k:secret');
  shares('тайком добавляют', 'ru', 'secretly adding', 'k:secret');
  shares('ein Hacker taucht auf', 'de', 'fakes cyberattacks', 'k:cyber');
  shares('des pirates russes', 'fr', 'Russian hackers', 'k:cyber');
  shares('قراصنة روس', 'ar', 'Russian hackers', 'k:cyber');
  shares('a hacker conjured up on cue', 'en', 'the CIA fakes cyberattacks', 'k:staged');
});

test('crime told by its actors: gangs, smugglers, the mafia', () => {
  shares('die Waffen landen bei Banden und Schmugglern', 'de', 'weapons end up with criminals', 'k:criminal');
  shares('оружие попадает к бандитам', 'ru', 'weapons end up with criminals', 'k:criminal');
  shares('des trafiquants et des truands', 'fr', 'criminals', 'k:criminal');
  shares('عصابات المهربين', 'ar', 'criminals and smugglers', 'k:criminal');
});

test('no collisions: "vers" (towards), "released" (a report), "logiciel" and "electronic" stay out', () => {
  lacks('il marche vers la ville', 'fr', 'k:insect');
  lacks('the ministry released a report', 'en', 'k:spray');
  lacks('un nouveau logiciel de comptabilité', 'fr', 'k:cyber');
  lacks('البريد الإلكتروني', 'ar', 'k:cyber');
});

test('what is sprayed told by the substance (chemical class), trails by their names (recall5)', () => {
  shares('tankers dumping aluminium and barium', 'en', 'spraying chemicals', 'k:chemical');
  shares('в воздухе алюминий и барий', 'ru', 'spraying chemicals', 'k:chemical');
  shares('Aluminium, Barium, Strontium im Regenwasser', 'de', 'spraying chemicals', 'k:chemical');
  shares('des résidus de métaux', 'fr', 'spraying chemicals', 'k:chemical');
  shares('المعادن في التربة', 'ar', 'spraying chemicals', 'k:chemical');
  shares('keine normalen Kondensstreifen', 'de', 'the white trails in the sky', 'k:trail');
  shares('des traînées blanches', 'fr', 'the white trails in the sky', 'k:trail');
  shares('die Bevölkerung wird besprüht', 'de', 'planes spraying the population', 'k:spray');
});

test('loathing, contempt, animosity of Russia in five languages (recall5)', () => {
  shares('a loathing of Russians', 'en', 'the West hates Russia', 'k:russophobia');
  shares('презрение к русским', 'ru', 'the West hates Russia', 'k:russophobia');
  shares('Verachtung und Abneigung', 'de', 'the West hates Russia', 'k:russophobia');
  shares('une animosité et une aversion', 'fr', 'the West hates Russia', 'k:russophobia');
  shares('ازدراء واحتقار', 'ar', 'the West hates Russia', 'k:russophobia');
  // "au mépris du droit" is defiance, not contempt of a people.
  lacks('au mépris du droit', 'fr', 'k:russophobia');
});
