/**
 * Old-space limit (MB) of each analysis thread. One analysis keeps ~80–100 MB live (knowledge and models included),
 * but V8 left to its own heuristics lets garbage pile up to several times that before collecting (RSS past 500 MB
 * after 2,000 documents on one thread, with a flat live heap); with this limit it collects sooner, RSS stays near
 * 300 MB over 10,000 documents, and a 200,000-character document (the --max-chars default) still fits.
 * Measured by `npm run bench -- analyze` (bench/analyze-memory.ts runs its documents in a thread with this limit).
 */
export const ANALYSIS_OLD_SPACE_MB = 256;
