// npm run golden -- add <article file> <slug>   adds a golden folder (the file is copied; keep it short and your own)
// npm run golden -- --update                     rewrites every analysis.json from the current code (review the diff!)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyzeFile } from '../src/analyze.js';
import { ARTICLES, goldenFolders } from '../test/golden/folders.js';
import { project } from '../test/golden/project.js';

const [command, file, slug] = process.argv.slice(2);
const write = (source: string, expected: string) => writeFileSync(expected, `${JSON.stringify(project(analyzeFile(source)), null, 2)}\n`);

if (command === '--update') {
  for (const folder of goldenFolders()) {
    write(folder.source, folder.expected);
    console.log(`updated ${folder.slug}`);
  }
} else if (command === 'add' && file && slug) {
  const dir = join(ARTICLES, slug);
  mkdirSync(dir, { recursive: true });
  const source = join(dir, `source${extname(file) === '.html' ? '.html' : '.txt'}`);
  copyFileSync(file, source);
  write(source, join(dir, 'analysis.json'));
  console.log(`added ${dir}: review analysis.json before committing`);
} else {
  console.error('Usage: npm run golden -- add <article file> <slug> | npm run golden -- --update');
  process.exit(2);
}
