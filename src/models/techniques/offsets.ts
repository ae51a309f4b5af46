// PTC offsets count Unicode code points (the organisers used Python); claimtrail's count UTF-16 code units.
// The two differ only after a character outside the BMP (an emoji), so most texts take the fast path.

export interface OffsetMap {
  /** Code-point offset → UTF-16 offset. */
  toUnits(codePoint: number): number;
  /** UTF-16 offset → code-point offset. */
  toCodePoints(unit: number): number;
}

const IDENTITY: OffsetMap = { toUnits: (n) => n, toCodePoints: (n) => n };

export function offsetMap(text: string): OffsetMap {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return IDENTITY;
  // unitsAt[cp] = UTF-16 offset of code point cp; cpAt[u] = code-point offset of unit u.
  const unitsAt: number[] = [];
  const cpAt = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; cp++) {
    unitsAt.push(u);
    const code = text.charCodeAt(u);
    const width = code >= 0xd800 && code <= 0xdbff && u + 1 < text.length ? 2 : 1;
    for (let k = 0; k < width; k++) cpAt[u + k] = cp;
    u += width;
  }
  unitsAt.push(text.length);
  cpAt[text.length] = cp;
  return {
    toUnits: (n) => unitsAt[Math.max(0, Math.min(n, unitsAt.length - 1))],
    toCodePoints: (n) => cpAt[Math.max(0, Math.min(n, text.length))],
  };
}
