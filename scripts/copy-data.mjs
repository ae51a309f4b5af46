// tsc compiles only code; knowledge files (YAML/JSON under any `data/` folder) are copied beside the compiled modules.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'data') cpSync(path, join('dist', relative('src', path)), { recursive: true });
    else walk(path);
  }
}
walk('src');
