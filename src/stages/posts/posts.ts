import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc } from '../../core/types.js';
import { findPosts } from './detect.js';

/**
 * Posts: social-media posts embedded in the article (tweets, Instagram, Facebook, Telegram), with their author as
 * printed in the embed's attribution line. They are the author's voice, not the outlet's: the claims stage lists
 * their sentences as attributed to the post, never as the outlet's own claims.
 */
export const posts = defineStage({
  name: 'posts',
  requires: ['paragraphs'],
  assigns: ['posts'],
  create() {
    return function postsDoc(doc: Doc): Doc {
      const found = findPosts(doc.text, doc.layers.paragraphs ?? []);
      return withLayers(doc, { posts: found.map((p, i) => ({ id: `p${i + 1}`, ...p })) });
    };
  },
});
