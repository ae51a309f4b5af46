// --encoding NAME: a label the decoder does not know is the user's typo, said at once (the decoder would only warn
// on each input and guess).
import { ClaimtrailError } from '../core/errors.js';

export function encodingOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return new TextDecoder(value.trim()).encoding;
  } catch {
    throw new ClaimtrailError('CLI_USAGE', { detail: `--encoding "${value}" is not a character set this claimtrail knows. Use a WHATWG label such as utf-8, utf-16le, utf-16be, windows-1251 or iso-8859-1.` });
  }
}
