// Builds the web app into a folder: main.ts and what it imports (the report's highlight code included) bundled into
// app.js by esbuild, with index.html and app.css beside it. `npm run build` writes dist/web; tests build into a
// temporary folder. Everything ships in the package: no CDN at run time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export async function buildWeb(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [here('./main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    outfile: join(outDir, 'app.js'),
    logLevel: 'warning',
  });
  for (const f of ['index.html', 'app.css']) copyFileSync(here(`./${f}`), join(outDir, f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'dist/web';
  await buildWeb(out);
  process.stdout.write(`web app built in ${out}\n`);
}
