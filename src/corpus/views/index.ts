// The corpus views: the CLI, the server and the web UI run the same queries.
export { searchView, type SearchQuery, type SearchHit } from './search.js';
export { narrativesView, type NarrativesQuery, type NarrativeSummary, type NarrativeArticle } from './narratives.js';
export { speakersView, type SpeakerSummary } from './speakers.js';
export { speakerView, type SpeakerView, type SpeakerQuote } from './speaker.js';
export { claimsView, type ClaimsQuery, type ClaimCluster, type ClaimAppearance } from './claims.js';
export { outletsView, type OutletSummary } from './outlets.js';
export { duplicatesView, type DuplicateGroup } from './duplicates.js';
export { resolveName } from './resolve.js';
export type { Count, DocRef, WeekCount } from './common.js';
