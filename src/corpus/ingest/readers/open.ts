// Opens an input file as a stream, gunzipping .gz names (Node's gunzip reads concatenated members in turn), and
// counting the bytes read from disk for the progress bar.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ByteCounter } from '../item.js';

export function openInput(path: string, counter?: ByteCounter): Readable {
  const file = createReadStream(path);
  file.on('data', (chunk) => counter?.add(chunk.length));
  if (!/\.gz$/i.test(path)) return file;
  const gunzip = createGunzip();
  // An error reading the file (it vanished) must reach whoever reads the gunzipped stream.
  file.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => file.destroy());
  return file.pipe(gunzip);
}
