// Loading a model shipped as a JSON file beside the stage (data/*.json): the default file is read once per process and
// may be absent (the rules then decide); a file the user names must exist. Each model checks its own file (`check`):
// one made for other features is refused with the command that remakes it.
import { readFileSync } from 'node:fs';

/** A loader of one kind of model: `load()` the shipped file (cached; null where absent), `load(file)` another one. */
export function modelLoader<T>(shippedFile: URL, check: (model: T, where: string) => T): (file?: URL | string) => T | null {
  let shipped: T | null | undefined;
  return (file: URL | string = shippedFile) => {
    const isDefault = file === shippedFile;
    if (isDefault && shipped !== undefined) return shipped;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDefault) return (shipped = null);
      throw error;
    }
    const model = check(JSON.parse(text) as T, String(file));
    if (isDefault) shipped = model;
    return model;
  };
}
