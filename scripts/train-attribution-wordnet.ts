// Builds src/models/attribution/data/wordnet-classes.tsv, the attribution tagger's word classes: for each one-word
// English verb, the WordNet lexicographer file of its commonest sense (verb.communication, verb.cognition, …), and for
// nouns whose commonest sense is a person, group, act, communication, cognition or feeling, that file. They let the
// tagger generalise to cue verbs and source nouns PolNeAR train has seldom or never seen ("touting", "spokeswoman").
// Irregular forms (WordNet's verb.exc and noun.exc: "said", "spokesmen") are listed as words of their own.
//   npx tsx scripts/train-attribution-wordnet.ts [/usr/share/wordnet]   (Debian package wordnet-base, WordNet 3.0)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** WordNet 3.0's licence asks that its notice appear on all copies, modifications included: it heads the file. */
const NOTICE = `This software and database is being provided to you, the LICENSEE, by Princeton University under the following
license. By obtaining, using and/or copying this software and database, you agree that you have read, understood,
and will comply with these terms and conditions.:
Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and
without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and
statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
WARRANTIES OF MERCHANT-ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,
DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution
of the software and/or database. Title to copyright in this software, database and any associated documentation
shall at all times remain with Princeton University and LICENSEE agrees to preserve same.`;

/** Noun lexicographer files kept (the others say little about attribution and would make the file large). */
const NOUN_FILES = new Set([4, 9, 10, 12, 14, 18]); // act, cognition, communication, feeling, group, person
const ONE_WORD = /^[a-z][a-z'-]*$/;

/** lemma → lexicographer file number of its first (commonest) sense, from index.POS and data.POS. */
function firstSenses(dir: string, pos: 'verb' | 'noun'): Map<string, number> {
  const data = readFileSync(join(dir, `data.${pos}`), 'latin1');
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0];
    if (!ONE_WORD.test(lemma)) continue;
    const pointers = Number(parts[3]);
    const offset = Number(parts[4 + pointers + 2]);
    const lexfile = Number(data.slice(offset + 9, offset + 11));
    if (pos === 'noun' && !NOUN_FILES.has(lexfile)) continue;
    out.set(lemma, lexfile);
  }
  return out;
}

/** Irregular form → its lemma's class, where the lemma is listed. */
function exceptions(dir: string, pos: 'verb' | 'noun', classes: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dir, `${pos}.exc`), 'latin1').split('\n')) {
    const [form, lemma] = line.split(' ');
    const c = lemma ? classes.get(lemma) : undefined;
    if (form && ONE_WORD.test(form) && c !== undefined && !classes.has(form)) out.set(form, c);
  }
  return out;
}

function main(): void {
  const dir = process.argv[2] ?? '/usr/share/wordnet';
  const lines = [
    '# word<TAB>pos (v, n)<TAB>WordNet lexicographer file number of its commonest sense; an entry is identified by word and pos.',
    '# Source: WordNet 3.0 (Princeton University), index.verb, data.verb, verb.exc, index.noun, data.noun, noun.exc,',
    '# read by scripts/train-attribution-wordnet.ts. Derived from WordNet 3.0 under its licence:',
    ...NOTICE.split('\n').map((l) => `# ${l}`),
  ];
  const header = lines.length;
  for (const pos of ['verb', 'noun'] as const) {
    const classes = firstSenses(dir, pos);
    for (const [form, c] of exceptions(dir, pos, classes)) classes.set(form, c);
    for (const [word, c] of [...classes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${word}\t${pos[0]}\t${c}`);
  }
  const target = fileURLToPath(new URL('../src/models/attribution/data/wordnet-classes.tsv', import.meta.url));
  writeFileSync(target, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length - header} entries to ${target}`);
}

main();
