// The kept languages of the built-in catalogue's texts (text-languages.ts) must be tinyld's own reading of each:
// otherwise the compile would read those texts otherwise than it does without the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInNarratives } from '../../knowledge/narratives/index.js';
import { detectedTexts, languageOf } from './patterns.js';
import { detectedLanguage, readLanguage, TEXT_LANGUAGES_FILE } from './text-languages.js';

test('every built-in text the compile detects is kept, with tinyld\'s reading (else run scripts/build-text-languages.ts)', () => {
  const kept = (JSON.parse(readFileSync(TEXT_LANGUAGES_FILE, 'utf8')) as { languages: Record<string, string> }).languages;
  const texts = detectedTexts(builtInNarratives());
  assert.ok(texts.length > 0);
  for (const text of texts) assert.equal(kept[text], readLanguage(text), text);
  assert.deepEqual(Object.keys(kept).sort(), [...texts].sort());
});

test('a text not kept is read by tinyld as before; short, Cyrillic, Arabic and given ones are never detected', () => {
  const german = 'Die Regierung hat die Sanktionen gegen das Land verschärft und neue Maßnahmen angekündigt.';
  assert.equal(detectedLanguage(german), 'de');
  assert.equal(languageOf(german, null), 'de');
  assert.equal(languageOf(german, 'en'), 'en');
  assert.equal(languageOf('Kurz und knapp.', null), 'en');
  assert.equal(languageOf('Американские биолаборатории в Украине производят оружие', null), 'ru');
  assert.deepEqual(detectedTexts([]), []);
});
