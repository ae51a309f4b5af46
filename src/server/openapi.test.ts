// The OpenAPI document's answers for searching: a busy search is a 503 that names the search (not the analysis
// queue) and carries Retry-After, on /search and on /export (which searches when given q).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiDocument } from './openapi.js';
import { problemTypes } from './problems.js';

type Responses = Record<string, { description: string; headers?: Record<string, unknown> }>;

test('/search and /export describe the 503 of a busy search, with Retry-After', () => {
  const paths = openApiDocument().paths as Record<string, { get: { responses: Responses } }>;
  for (const path of ['/api/v1/search', '/api/v1/export']) {
    const busy = paths[path].get.responses['503'];
    assert.ok(busy, `${path} has a 503`);
    assert.match(busy.description, /busy searching/, path);
    assert.doesNotMatch(busy.description, /analysis queue/, path);
    assert.ok(busy.headers?.['Retry-After'], `${path}: Retry-After`);
  }
});

test('the problem a busy search gets names the search', () => {
  assert.equal(problemTypes['search-busy'].status, 503);
  assert.match(problemTypes['search-busy'].title, /search/i);
  assert.doesNotMatch(problemTypes['search-busy'].title, /analysis/i);
});
