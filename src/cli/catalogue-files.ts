// --narratives FILE paths are checked before any work: a missing file or a folder is a usage error naming the path
// (the catalogue loader would call a folder "no such file").
import { statSync } from 'node:fs';
import { ClaimtrailError } from '../core/errors.js';

export function checkCatalogueFiles(files: readonly string[], option = '--narratives'): void {
  for (const file of files) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw new ClaimtrailError('INPUT_NOT_FOUND', { input: file });
    }
    if (stat.isDirectory()) throw new ClaimtrailError('CLI_USAGE', { detail: `${option} "${file}" is a folder. Give a catalogue file (YAML or JSON), repeating ${option} for each.` });
  }
}
