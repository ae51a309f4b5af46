// `tsx eval/extraction/inspect.ts <file|substring> [--baseline]`: one page's extraction with the snippets it missed or let through.
import { parseArgs } from 'node:util';
import { DEFAULT_DATASET, loadGold, readPage } from './dataset.js';
import { ours, readability } from './extractors.js';
import { collapse } from './score.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { baseline: { type: 'boolean' }, text: { type: 'boolean' } } });
for (const page of loadGold(DEFAULT_DATASET).filter((p) => positionals.some((q) => p.file.includes(q)))) {
  const bytes = readPage(DEFAULT_DATASET, page.file);
  if (!bytes) continue;
  let out;
  try {
    out = (values.baseline ? readability : ours)(bytes, page.file, page.url);
  } catch (error) {
    console.log(`== ${page.file}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const hay = collapse(out.text);
  console.log(`== ${page.file} (${out.text.length} chars) title=${out.title} | gold=${page.title}\n   author=${out.author} | gold=${page.author}\n   date=${out.date} | gold=${page.date}`);
  for (const s of page.with) if (!hay.includes(collapse(s))) console.log(`   MISSED: ${s}`);
  for (const s of page.without) if (hay.includes(collapse(s))) console.log(`   LET THROUGH: ${s}`);
  if (values.text) console.log(out.text);
}
