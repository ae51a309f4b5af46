// RFC 4122 name-based UUIDs (version 5, SHA-1): the same name in the same namespace always gives the same UUID, which is
// what makes re-exporting the same analysis give the same STIX, MISP and ClaimReview ids.
import { createHash } from 'node:crypto';

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function uuid5(name: string, namespace: string): string {
  const hash = uuid5Parts(namespace);
  hash.update(name);
  return hash.digest();
}

/** uuid5 of a name given in parts, for a name too long to hold (a streamed bundle): the same as uuid5(parts.join('')). */
export function uuid5Parts(namespace: string): { update(part: string): void; digest(): string } {
  if (!HEX.test(namespace)) throw new TypeError(`Not a UUID namespace: "${namespace}"`);
  const sha1 = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex'));
  return {
    update: (part) => void sha1.update(part, 'utf8'),
    digest: () => {
      const hash = sha1.digest();
      hash[6] = (hash[6] & 0x0f) | 0x50;
      hash[8] = (hash[8] & 0x3f) | 0x80;
      const hex = hash.subarray(0, 16).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
}

/** RFC 4122 URL namespace. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * claimtrail's own namespace: uuid5('https://claimtrail.dev/ns/stix', URL namespace). STIX 2.1 (2.9) allows UUIDv5 for
 * SDOs when the namespace is the producer's own and not the SCO namespace 00abedb4-….
 */
export const CLAIMTRAIL_NAMESPACE = 'c64bf0b9-294e-56cd-9d11-f3381189c4e8';

/** A deterministic id under claimtrail's namespace from parts joined by an unambiguous separator. */
export function stableUuid(...parts: string[]): string {
  return uuid5(parts.map(escapePart).join('|'), CLAIMTRAIL_NAMESPACE);
}

/** A part of a stableUuid name with its separator escaped; escaping is per character, so a part may be escaped in pieces. */
export function escapePart(part: string): string {
  return part.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}
