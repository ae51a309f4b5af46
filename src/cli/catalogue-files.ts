// --narratives FILE paths are checked before any work: a missing file or a folder is a usage error naming the path
// (the catalogue loader would call a folder "no such file").
import { ClaimtrailError } from '../core/errors.js';
import { statInput } from '../ingest/file.js';

export function checkCatalogueFiles(files: readonly string[], option = '--narratives'): void {
  for (const file of files) {
    if (statInput(file).isDirectory()) throw new ClaimtrailError('CLI_USAGE', { detail: `${option} "${file}" is a folder. Give a catalogue file (YAML or JSON), repeating ${option} for each.` });
  }
}
