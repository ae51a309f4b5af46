export { posts } from './posts.js';
export { findPosts, type FoundPost } from './detect.js';
