// A queue of incoming chunks read as one byte string, without concatenating on every chunk.

export class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    if (!chunk.length) return;
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  indexOf(needle: Buffer): number {
    return this.length ? this.flatten().indexOf(needle) : -1;
  }

  /** Removes and returns the first n bytes (n ≤ length). */
  take(n: number): Buffer {
    const all = this.flatten();
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  /** Drops leading bytes that are any of `bytes`; returns how many. */
  skipLeading(...bytes: number[]): number {
    if (!this.length) return 0;
    const all = this.flatten();
    let i = 0;
    while (i < all.length && bytes.includes(all[i])) i++;
    if (i) this.take(i);
    return i;
  }
}
