import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMapBuilder, toSource } from './source-map.js';

test('spans of the clean text map back to the same characters of the source', () => {
  const source = '<p>Hello <b>world</b></p><p>Next &amp; last</p>';
  const map = new SourceMapBuilder();
  // text = "Hello world\n\nNext & last"
  map.add(0, 6, 3, 9);
  map.add(6, 11, 12, 17);
  map.add(13, 18, 28, 33);
  map.add(18, 19, 33, 38); // "&" came from "&amp;"
  map.add(19, 24, 38, 43);
  const text = 'Hello world\n\nNext & last';
  const world = toSource(map.segments, { start: 6, end: 11 })!;
  assert.equal(source.slice(world.start, world.end), 'world');
  const next = toSource(map.segments, { start: 13, end: 24 })!;
  assert.equal(source.slice(next.start, next.end), 'Next &amp; last');
  assert.equal(text.slice(13, 24), 'Next & last');
  assert.equal(toSource(map.segments, { start: 11, end: 13 }), null, 'the paragraph break was made up by the ingest');
});
