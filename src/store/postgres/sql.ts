// Portable SQL → PostgreSQL: `?` placeholders become `$1, $2, …` (once per statement text, cached), and values are
// bound the way PostgreSQL takes them.
import type { SqlValue } from '../types.js';

export interface Prepared {
  text: string;
  /** A statement name, so each connection parses and plans it once; absent past the cache bound. */
  name?: string;
}

/** Distinct statements named and kept; past this (an IN list of every length…) statements run unnamed. */
const MAX_NAMED = 2000;

export class StatementCache {
  private readonly cache = new Map<string, Prepared>();

  get(sql: string): Prepared {
    let p = this.cache.get(sql);
    if (!p) {
      const text = positional(sql);
      p = this.cache.size < MAX_NAMED ? { text, name: `ct${this.cache.size}` } : { text };
      if (this.cache.size < MAX_NAMED * 2) this.cache.set(sql, p);
    }
    return p;
  }
}

/** Rewrites `?` outside string literals, quoted identifiers, dollar-quoted bodies and comments to `$n`. */
export function positional(sql: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const skipTo = (end: number) => {
      out += sql.slice(i, end);
      i = end;
    };
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2; // '' or "" escapes the quote
          else break;
        } else j++;
      }
      skipTo(Math.min(j + 1, sql.length));
    } else if (ch === '-' && sql[i + 1] === '-') {
      const j = sql.indexOf('\n', i);
      skipTo(j < 0 ? sql.length : j);
    } else if (ch === '/' && sql[i + 1] === '*') {
      const j = sql.indexOf('*/', i + 2);
      skipTo(j < 0 ? sql.length : j + 2);
    } else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i, i + 64)) && !/[\w$]/.test(sql[i - 1] ?? '')) {
      const tag = (/^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64)) as RegExpExecArray)[0];
      const j = sql.indexOf(tag, i + tag.length);
      skipTo(j < 0 ? sql.length : j + tag.length);
    } else if (ch === '?') {
      out += `$${++n}`;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * Values as PostgreSQL takes them: bytes as Buffers (bytea), and NUL characters in text — which PostgreSQL text
 * cannot hold — as U+FFFD, one UTF-16 unit for one, so every offset into the text stays right.
 */
export function bindValues(params: readonly SqlValue[]): unknown[] {
  return params.map((p) => {
    if (typeof p === 'string') return p.includes('\0') ? p.replace(/\0/g, '\uFFFD') : p;
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return p;
  });
}
