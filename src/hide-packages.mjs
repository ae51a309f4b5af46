// Test support: `node --import ./src/hide-packages.mjs …` runs as if better-sqlite3, pg, graphile-worker, hono,
// @hono/node-server and onnxruntime-node were not installed (an install with --omit=optional, or where better-sqlite3
// failed to compile). Resolving one of them fails as Node fails for a missing package.
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const ALL = ['better-sqlite3', 'pg', 'graphile-worker', 'hono', '@hono/node-server', 'onnxruntime-node'];
// CLAIMTRAIL_HIDE_PACKAGES=a,b hides only those (e.g. a PostgreSQL-only install: better-sqlite3 alone).
const hidden = process.env.CLAIMTRAIL_HIDE_PACKAGES ? process.env.CLAIMTRAIL_HIDE_PACKAGES.split(',') : ALL;
const HIDDEN = new RegExp(`^(${hidden.map((n) => n.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?$`);

export async function resolve(specifier, context, nextResolve) {
  const name = HIDDEN.exec(specifier)?.[1];
  if (name) {
    const error = new Error(`Cannot find package '${name}' imported from ${context.parentURL ?? 'the command line'}`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return nextResolve(specifier, context);
}

// This file is also loaded as the hooks module, off the main thread: register only from the main thread.
if (isMainThread) register(import.meta.url);
