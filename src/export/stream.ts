// The JSON exports (STIX, MISP, ClaimReview) of a whole store, written page by page so that memory stays bounded
// however many documents there are. MISP and ClaimReview give the same bytes as exportDocuments; a STIX bundle's id
// hashes all its objects, so the streamed bundle writes the id after them (the same id, the same objects, the same
// order: JSON objects are unordered, so the bundle is the same). Shared STIX objects (identities, attack patterns,
// narratives) are written where they first appear and remembered by id, as the in-memory bundle does.
import type { Doc } from '../core/types.js';
import { claimReviewsOf, closingClaimReviewGaps } from './claimreview.js';
import { withWebUrl } from './index.js';
import { mispEvent } from './misp.js';
import { documentObjects, emptyExport, OPENING_OBJECTS, repeated } from './stix/bundle.js';
import { bundleOf, type StixObject } from './stix/objects.js';
import { assertValidStixBundle, refsOf } from './stix-schema/validate.js';
import type { ExportContext } from './types.js';
import { CLAIMTRAIL_NAMESPACE, escapePart, uuid5Parts } from './uuid5.js';

export type StreamedFormat = 'stix' | 'misp' | 'claimreview';

/** A page of documents with the context the store gives them (ingest times, first appearances). */
export interface DocPage {
  docs: readonly Doc[];
  context: ExportContext;
}

export interface JsonStreamSink {
  /** Writes a chunk, resolving when the reader can take more. */
  write(chunk: string): Promise<void>;
  /** Each document's gaps as they are found (a whole-store export has too many to hold). */
  gaps(gaps: readonly string[]): void;
}

// Objects whose ids name a document (report, relationship, note) cannot come again in another one; the rest can.
const PER_DOCUMENT: ReadonlySet<string> = new Set(['report', 'relationship', 'note']);

/** An element of a top-level array as JSON.stringify(…, null, 2) writes it: indented by four spaces. */
const element = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n    ').replace(/^/, '    ');

/** Writes `pages` as one document of `format`, byte for byte what exportDocuments writes for the same documents (a
 * STIX bundle's id comes last); returns the number of documents written. */
export async function streamJsonExport(format: StreamedFormat, pages: AsyncIterable<DocPage>, sink: JsonStreamSink, scope?: string): Promise<number> {
  let count = 0;
  let first = true;
  const item = async (value: unknown): Promise<void> => {
    await sink.write(`${first ? '' : ',\n'}${element(value)}`);
    first = false;
  };
  const close = (): string => (first ? '[]' : '\n  ]');
  if (format === 'misp') {
    // A lone event is written as {Event}, more as a response list: the first is held until a second one comes.
    let held: { Event: unknown } | null = null;
    for await (const page of pages) {
      for (const doc of page.docs.map(withWebUrl)) {
        const { event, gaps } = mispEvent(doc, page.context);
        if (count === 1 && held) {
          await sink.write('{\n  "response": [\n');
          await item(held);
          held = null;
        }
        if (count === 0) held = { Event: event };
        else await item({ Event: event });
        sink.gaps(gaps);
        count++;
      }
    }
    if (held) await sink.write(`${JSON.stringify(held, null, 2)}\n`);
    else await sink.write(count ? `${close()}\n}\n` : '{\n  "response": []\n}\n');
    if (!count) sink.gaps([`Empty export: no documents${scope ? ` for ${scope}` : ''}.`]);
    return count;
  }
  if (format === 'claimreview') {
    await sink.write('{\n  "@context": "https://schema.org",\n  "@graph": ');
    let withoutFirst = 0;
    let context: ExportContext = { scope };
    for await (const page of pages) {
      context = page.context;
      for (const doc of page.docs.map(withWebUrl)) {
        const one = claimReviewsOf(doc, page.context);
        for (const node of one.nodes) {
          if (first) await sink.write('[\n');
          await item(node);
        }
        sink.gaps(one.gaps);
        withoutFirst += one.withoutFirst;
        count++;
      }
    }
    await sink.write(`${close()}\n}\n`);
    sink.gaps(closingClaimReviewGaps(count, withoutFirst, context));
    return count;
  }
  // STIX: the bundle id is uuid5 over "bundle|" and the escaped JSON of the object list, hashed as it is written.
  const hash = uuid5Parts(CLAIMTRAIL_NAMESPACE);
  hash.update(`${escapePart('bundle')}|${escapePart('[')}`);
  const known = new Map<string, StixObject>(OPENING_OBJECTS.map((o) => [o.id, o]));
  await sink.write('{\n  "type": "bundle",\n  "objects": [\n');
  const emit = async (objects: readonly StixObject[]): Promise<void> => {
    for (const o of objects) {
      hash.update(escapePart(`${first ? '' : ','}${JSON.stringify(o)}`));
      await item(o);
    }
  };
  await emit(OPENING_OBJECTS);
  const seen = new Set<string>();
  for await (const page of pages) {
    for (const doc of page.docs.map(withWebUrl)) {
      count++;
      const again = repeated(seen, doc);
      if (again) {
        sink.gaps(again);
        continue;
      }
      const { objects, gaps } = documentObjects(doc, page.context, known);
      checkStix(objects, known);
      await emit(objects);
      for (const o of objects) if (!PER_DOCUMENT.has(o.type)) known.set(o.id, o);
      sink.gaps(gaps);
    }
  }
  if (!count) {
    const empty = emptyExport(scope);
    await emit([empty.note]);
    sink.gaps([empty.reason]);
  }
  hash.update(escapePart(']'));
  await sink.write(`\n  ],\n  "id": "bundle--${hash.digest()}"\n}\n`);
  return count;
}

/** One document's objects checked as a bundle with the earlier objects they refer to: never hand out an invalid bundle. */
function checkStix(objects: readonly StixObject[], known: ReadonlyMap<string, StixObject>): void {
  const own = new Set(objects.map((o) => o.id));
  const needed = new Map<string, StixObject>(OPENING_OBJECTS.map((o) => [o.id, o]));
  const pending = [...objects];
  while (pending.length) {
    const o = pending.pop()!;
    for (const ref of refsOf(o)) {
      const k = known.get(ref);
      if (k && !own.has(ref) && !needed.has(ref)) {
        needed.set(ref, k);
        pending.push(k);
      }
    }
  }
  assertValidStixBundle(bundleOf([...needed.values(), ...objects]));
}
