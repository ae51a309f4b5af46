// Golden folders: each test/fixtures/articles/<slug>/ with an analysis.json must analyse to exactly that projection.
// After an intended change, regenerate with `npm run golden -- --update` and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeFile } from '../../src/analyze.js';
import { goldenFolders } from './folders.js';
import { project } from './project.js';

for (const folder of goldenFolders()) {
  const skip = existsSync(folder.source) ? false : `source ${folder.source} not found`;
  test(`golden: ${folder.slug}`, { skip }, () => {
    const expected = JSON.parse(readFileSync(folder.expected, 'utf8')) as unknown;
    const doc = analyzeFile(folder.source, { url: null });
    const actual = JSON.parse(JSON.stringify(project(doc))) as unknown;
    assert.deepEqual(actual, expected, `${folder.slug}: analysis changed; if intended, run npm run golden -- --update and review the diff`);
  });
}
