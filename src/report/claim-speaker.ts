// Who voices an attributed claim: the speaker of its quote, or the author of the embedded social post it sits in
// (post claims carry a postId into the posts layer and no quoteId).
import type { Claim, Doc, Post, PostPlatform } from '../core/types.js';
import { quoteSpeakerName } from './views.js';

const PLATFORM_NAMES: Record<PostPlatform, string | null> = { x: 'X', instagram: 'Instagram', facebook: 'Facebook', telegram: 'Telegram', unknown: null };

export function postById(doc: Doc, id: string | null | undefined): Post | null {
  if (!id) return null;
  return doc.layers.posts?.find((p) => p.id === id) ?? null;
}

/** The post author's name as printed, else the @handle, else 'unknown' (the posts stage's name for a dropped signature). */
export function postAuthor(post: Post): string {
  if (post.author.name && post.author.name !== 'unknown') return post.author.name;
  return post.author.handle ? `@${post.author.handle}` : 'unknown';
}

/** For a reader: "Jane Roe (@janeroe) on X", so a post author is never mistaken for a quoted speaker. */
export function postAuthorLabel(post: Post): string {
  const name = postAuthor(post);
  const who = name === 'unknown' ? 'unknown author' : name;
  const handle = post.author.handle && !who.includes(`@${post.author.handle}`) ? ` (@${post.author.handle})` : '';
  const platform = PLATFORM_NAMES[post.platform];
  return `${who}${handle}${platform ? ` on ${platform}` : ' in an embedded post'}`;
}

/** The name to show beside an attributed claim, or null when neither its quote nor its post names anyone. */
export function claimSpeakerName(doc: Doc, claim: Claim): string | null {
  const fromQuote = quoteSpeakerName(doc, claim.quoteId);
  if (fromQuote) return fromQuote;
  const post = postById(doc, claim.postId);
  return post ? postAuthorLabel(post) : null;
}
