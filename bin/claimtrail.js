#!/usr/bin/env node
// Runs the compiled CLI in dist/ (the published package ships it: `prepack` builds it before `npm pack` and
// `npm publish`). A source checkout that was never built (`npm install` no longer builds: no `prepare`) runs the
// TypeScript sources under tsx, a devDependency; `npm run build` makes dist/ and with it the web app for `serve`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
const source = new URL('../src/cli/main.ts', import.meta.url);

async function load() {
  if (existsSync(built)) return import(built.href);
  if (!existsSync(source)) {
    process.stderr.write(`claimtrail: this installation lacks ${built.pathname}: reinstall the package (npm install claimtrail).\n`);
    return null;
  }
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('claimtrail: dist/ is not built and tsx is not installed to run the sources: run "npm install", then "npm run build".\n');
    return null;
  }
  return import(source.href);
}

const cli = await load();
if (cli) process.exitCode = await cli.main(process.argv.slice(2));
else process.exitCode = 1;
