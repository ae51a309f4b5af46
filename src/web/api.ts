/// <reference lib="dom" />
// The API client of the web app: same origin, JSON in and out; a problem+json answer becomes an ApiProblem whose
// detail the page shows as it is (as text).

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

type Query = Record<string, string | number | null | undefined>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

async function read<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & { code?: string; detail?: string }) | null;
  if (!response.ok) throw new ApiProblem(response.status, body?.code ?? 'error', body?.detail ?? `The server answered ${response.status}.`);
  return body as T;
}

// A server started with a read token (shared deployments) answers reads 401 without it: the app asks once per tab
// and keeps the token in sessionStorage, never in a cookie or the URL.
const READ_TOKEN_KEY = 'claimtrail.readToken';

function withReadToken(headers: Record<string, string>): Record<string, string> {
  const token = sessionStorage.getItem(READ_TOKEN_KEY);
  return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
}

async function sendWithToken(url: string, init: { method?: string; headers: Record<string, string>; body?: string }): Promise<Response> {
  const response = await fetch(url, { ...init, headers: withReadToken(init.headers) });
  if (response.status !== 401 || init.headers.authorization) return response;
  const token = window.prompt('This claimtrail server needs its read token (ask whoever runs it):');
  if (!token) return response;
  sessionStorage.setItem(READ_TOKEN_KEY, token.trim());
  return fetch(url, { ...init, headers: withReadToken(init.headers) });
}

export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  return read<T>(await sendWithToken(apiUrl(path, query), { headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return read<T>(await sendWithToken(apiUrl(path), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
