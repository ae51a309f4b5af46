// POST /api/v1/analyze: one article ({text} or {html}), analysed while the client waits, in the analysis pool's
// worker threads; nothing is stored.
import type { App, ServerDeps } from '../context.js';
import { webUrl } from '../../core/web-url.js';
import { ApiError } from '../problems.js';
import { rateLimit } from '../rate-limit.js';
import { hasToken, onlyFields, readJsonBody } from '../security.js';

const FIELDS = ['text', 'html', 'url', 'name'];

export function analyzeRoutes(app: App, deps: ServerDeps): void {
  const limited = rateLimit(deps.limits.analyzeRate, (c) => hasToken(c.req.header('authorization'), deps.token));
  app.post('/api/v1/analyze', limited, async (c) => {
    const trusted = hasToken(c.req.header('authorization'), deps.token);
    const body = await readJsonBody(c, trusted ? deps.limits.analyzeBytes : deps.limits.anonymousAnalyzeBytes);
    onlyFields(body, FIELDS, 'POST /api/v1/analyze');
    const { text, html, url, name } = body;
    for (const [key, value] of Object.entries({ url, name })) {
      if (value !== undefined && value !== null && typeof value !== 'string') throw new ApiError('bad-request', `"${key}" must be a string.`);
    }
    const label = typeof name === 'string' && name ? name : undefined;
    if (typeof text === 'string' && html === undefined) {
      if (!text.trim()) throw new ApiError('bad-request', '"text" is empty. Paste the article text.');
      const doc = await deps.analysis.analyze({ text, name: label ?? '<pasted text>' });
      const given = webUrl(typeof url === 'string' ? url : null);
      return c.json({ document: given ? { ...doc, meta: { ...doc.meta, url: given } } : doc });
    }
    if (typeof html === 'string' && text === undefined) {
      if (!html.trim()) throw new ApiError('bad-request', '"html" is empty. Send the saved page.');
      return c.json({ document: await deps.analysis.analyze({ html, name: label ?? '<uploaded page>', url: typeof url === 'string' ? url : null }) });
    }
    throw new ApiError('bad-request', 'Send exactly one of "text" (the article as text) or "html" (a saved page), as a string.');
  });
}
