// Writes src/stages/narratives/data/text-languages.json: tinyld's reading of every text of the built-in catalogue
// whose language the narratives compile would otherwise detect at each process start (text-languages.ts). Run it
// after scripts/build-narratives.ts changes the catalogue; text-languages.test.ts fails until it is run.
//   npx tsx scripts/build-text-languages.ts
import { writeFileSync } from 'node:fs';
import { builtInNarratives } from '../src/knowledge/narratives/index.js';
import { detectedTexts } from '../src/stages/narratives/patterns.js';
import { readLanguage, TEXT_LANGUAGES_FILE } from '../src/stages/narratives/text-languages.js';

const texts = detectedTexts(builtInNarratives()).sort();
const languages = Object.fromEntries(texts.map((t) => [t, readLanguage(t)]));
const about = 'tinyld\'s reading (de, fr, else en) of the built-in catalogue\'s texts the narratives compile detects; written by scripts/build-text-languages.ts.';
writeFileSync(TEXT_LANGUAGES_FILE, `${JSON.stringify({ about, languages }, null, 1)}\n`);
console.log(`${texts.length} texts: ${Object.values(languages).filter((l) => l !== 'en').length} read as German or French`);
