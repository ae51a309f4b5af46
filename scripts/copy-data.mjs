// tsc compiles only code; knowledge files (YAML/JSON under any `data/` folder) are copied beside the compiled modules,
// and each YAML file is also written parsed as `<file>.json`, which the loaders read first (see src/knowledge/yaml.ts).
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) visit(path, name) || walk(path, visit);
  }
}

const copied = [];
walk('src', (path, name) => {
  if (name !== 'data') return false;
  const target = join('dist', relative('src', path));
  cpSync(path, target, { recursive: true });
  copied.push(target);
  return true;
});
for (const dir of copied) {
  const files = [];
  const collect = (d) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? collect(join(d, n)) : files.push(join(d, n))));
  collect(dir);
  for (const file of files.filter((f) => /\.ya?ml$/.test(f))) writeFileSync(`${file}.json`, JSON.stringify(parse(readFileSync(file, 'utf8'))));
}
