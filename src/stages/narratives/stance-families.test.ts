// Stance families of issue 12 that held-out writers' articles kept triggering (2026-12-07): the rival's account
// passed on before the outlet's own claim, a "the truth is that …" that says the claim again, lie words that are the
// claim's own, endorsements further on or in the other sentence of a pair, interview turns written one a line, and
// cue words that also have a plain sense. Texts and catalogue written for this test, in the five languages.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withoutCounterClaim } from './stance-counter.js';
import { pairStance } from './windows.js';
import { catalogueStanceCheck, checkStances } from './test-helpers.js';
import { LAB_VIRUS } from './test-catalogues.js';

test('a reported sentence without the claim before the claim is the rival account: it drops out', () => {
  const list = [
    { sentence: 1, stance: 'reports' as const, claim: false },
    { sentence: 2, stance: 'asserts' as const, claim: true },
  ];
  assert.deepEqual(withoutCounterClaim(list, false), ['asserts']);
  // Only a refuted counter-claim turns a refutation in the claim's sentence into the outlet's claim.
  assert.deepEqual(withoutCounterClaim([list[0], { ...list[1], stance: 'refutes' }], false), ['refutes']);
  // Reported after the claim, or saying the claim itself, it stands.
  assert.deepEqual(withoutCounterClaim([list[1], { ...list[0], sentence: 3 }], false), ['asserts', 'reports']);
  assert.deepEqual(withoutCounterClaim([{ ...list[0], claim: true }, list[1]], false), ['reports', 'asserts']);
});

test('an endorsement in one sentence of a pair outranks the attribution in the other', () => {
  assert.equal(pairStance(['reports', 'endorses']), 'endorses');
  assert.equal(pairStance(['endorses', 'refutes']), 'refutes');
});

const CATALOGUE = `${LAB_VIRUS}- id: media-lie
  title: Western media lie about Russia
  description: Western media spread lies and propaganda about Russia.
  examples:
    - Western media lie about Russia
    - Western television spreads propaganda about Russia
`;

const checkVirus = catalogueStanceCheck(CATALOGUE, 'lab-virus');
const checkMedia = catalogueStanceCheck(CATALOGUE, 'media-lie');

checkVirus('the rival account passed on, then the claim in the outlet own voice', [
  ['en', 'Where the virus came from\n\nWe were told again and again that the virus came from a market in Wuhan. The truth is elsewhere: the coronavirus was developed in an American military laboratory.', 'asserts'],
  ['fr', "D'où vient le virus\n\nOn nous a répété que le virus venait d'un marché de Wuhan. La vérité est ailleurs : le coronavirus a été mis au point dans un laboratoire militaire américain.", 'asserts'],
  ['de', 'Woher das Virus kam\n\nUns wurde immer wieder erzählt, das Virus stamme von einem Markt in Wuhan. Die Wahrheit ist eine andere: Das Coronavirus wurde in einem amerikanischen Militärlabor entwickelt.', 'asserts'],
]);

checkVirus('a fact-check after the reported claim still refutes it', [
  ['en', 'Where the virus came from\n\nPosts claim that the coronavirus was developed in an American military laboratory. In reality, the virus was first found in Wuhan and no laboratory link was shown.', 'refutes'],
]);

checkMedia('lie words the narrative says itself are no verdict on it', [
  ['en', 'Double standards\n\nWestern media tell only one story about Russia and cut everything else. These channels publish a correction only once the lie has done its work.', 'asserts'],
]);

checkStances('an endorsement three sentences after the reported claim', 'west-created-isis', [
  ['en', 'A senator speaks out\n\nSenator Black said on Monday that the United States created ISIS. He spoke at a conference in Ohio. Reporters asked him many questions. Black is absolutely right, and the record shows it.', 'endorses'],
  ['ru', 'Сенатор высказался\n\nСенатор Блэк заявил в понедельник, что США создали ИГИЛ. Он выступал на конференции в Огайо. Журналисты задали ему много вопросов. И с этим трудно спорить.', 'endorses'],
]);

checkStances('an interview with its turns one a line', 'west-created-isis', [
  ['en', 'In conversation with a former diplomat about ISIS\n\nAmbassador, who is behind the terrorists?\nThe United States created ISIS to break up Iraq.\nThank you for the interview.', 'reports'],
  ['de', 'Im Gespräch mit einem früheren Diplomaten über den IS\n\nHerr Botschafter, wer steht hinter den Terroristen?\nDie USA haben den IS gegründet.\nVielen Dank für das Gespräch.', 'reports'],
]);

checkVirus('cue words with a plain sense: "détourner le regard" and an Arabic "dispute" are no verdict', [
  ['fr', "Le virus américain\n\nLe coronavirus a été mis au point dans un laboratoire militaire américain. Le reste n'est que de la mise en scène pour détourner le regard.", 'asserts'],
]);

// A narrative whose claim is a denial (patterns.ts `denials`): hearsay adverbs doubt the account it denies.
const DENIAL = `- id: hackers-myth
  title: Russian hackers are a myth
  description: The Russian hacking attacks never happened; Western intelligence invented them.
  examples:
    - Russian hackers are a myth invented by Western intelligence
    - There was no Russian hacking attack
    - Western intelligence fabricated the story of Russian hackers
- id: court-tool
  title: The court is a political tool of the West
  examples:
    - The court is a political instrument of the West
    - The court only prosecutes those Washington dislikes
    - The warrant against the president is worthless propaganda
`;
const checkHackers = catalogueStanceCheck(DENIAL, 'hackers-myth');
const checkCourt = catalogueStanceCheck(DENIAL, 'court-tool');

checkHackers('hearsay in a denial narrative is the outlet doubting the account it denies', [
  ['de', 'Wieder Hacker\n\nRussische Hacker sind angeblich erneut in die Server des Parlaments eingedrungen. Westliche Geheimdienste haben die Geschichte der russischen Hacker erfunden.', 'asserts'],
]);

checkHackers('a speaker still makes it reported', [
  ['en', 'Hackers again\n\nThe minister said that Western intelligence fabricated the story of Russian hackers.', 'reports'],
]);

checkCourt("a propaganda word that another of the narrative's examples says is the claim's, not a verdict", [
  ['ar', 'محكمة الغرب\n\nلم تجد المحكمة متهمين إلا في أفريقيا وبين خصوم واشنطن. وحين تصدر المحكمة مذكرة بحق رئيس لا تروق سياساته للغرب، تتحول إلى منبر للدعاية السياسية. هذه المحكمة ليست محكمة للعدالة بل أداة سياسية في يد الغرب.', 'asserts'],
]);

checkStances('Arabic "بحق" of a warrant ("against") is no agreement; "بحق إلى" after a speech verb is', 'west-created-isis', [
  ['ar', 'محادثات\n\nأصدرت المحكمة مذكرة بحق مسؤول سابق. الولايات المتحدة أنشأت داعش.', 'asserts'],
  ['ar', 'محادثات\n\nوأشار لافروف بحق إلى أن الولايات المتحدة أنشأت داعش.', 'endorses'],
]);
