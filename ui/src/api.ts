// The UI's door to the HTTP API: typed GETs and the ingest POST. The wire types come from the API's own Zod
// schemas (type-only imports: nothing of the server is bundled), so a changed field fails the UI's type-check.
import type { z } from "zod";
import type { actorListSchema, actorProfileSchema, actorReportsSchema } from "../../src/api/actors/schema.ts";
import type { documentSchema } from "../../src/api/documents/schema.ts";
import type { eventListSchema, eventSchema } from "../../src/api/events/schema.ts";
import type { factSchema } from "../../src/api/facts/schema.ts";
import type { ingestResponseSchema } from "../../src/api/ingest/schema.ts";
import type { ingestUrlResponseSchema } from "../../src/api/ingest-url/schema.ts";
import type { healthSchema } from "../../src/api/meta/schema.ts";
import type { reportListSchema } from "../../src/api/reports/schema.ts";
import type { searchResultSchema } from "../../src/api/search/schema.ts";

export type ActorList = z.infer<typeof actorListSchema>;
export type ActorProfile = z.infer<typeof actorProfileSchema>;
export type ActorReports = z.infer<typeof actorReportsSchema>;
export type DocumentView = z.infer<typeof documentSchema>;
export type EventList = z.infer<typeof eventListSchema>;
export type EventView = z.infer<typeof eventSchema>;
export type FactView = z.infer<typeof factSchema>;
export type IngestResponse = z.infer<typeof ingestResponseSchema>;
export type IngestUrlResponse = z.infer<typeof ingestUrlResponseSchema>;
export type Health = z.infer<typeof healthSchema>;
export type ReportList = z.infer<typeof reportListSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;

/** An error answered by the API: its code and message (docs/errors.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function answer<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, "malformed", `the server answered ${res.status} with no JSON`);
  }
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, error?.code ?? "internal", error?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

/** GET a path under /api. */
export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api${path}`, { headers: { accept: "application/json" }, ...(signal ? { signal } : {}) });
  return answer<T>(res);
}

/** POST a body to a path under /api with the user's bearer token. */
export async function post<T>(path: string, body: BodyInit, contentType: string, token: string): Promise<T> {
  const headers: Record<string, string> = { "content-type": contentType, accept: "application/json" };
  if (token) headers["authorization"] = `Bearer ${token}`;
  const res = await fetch(`/api${path}`, { method: "POST", body, headers });
  return answer<T>(res);
}

export const api = {
  health: (s?: AbortSignal) => get<Health>("/health", s),
  actors: (limit = 100, s?: AbortSignal) => get<ActorList>(`/actors?limit=${limit}`, s),
  actor: (name: string, s?: AbortSignal) => get<ActorProfile>(`/actors/${encodeURIComponent(name)}`, s),
  actorReports: (name: string, page: { limit: number; offset: number }, s?: AbortSignal) =>
    get<ActorReports>(`/actors/${encodeURIComponent(name)}/reports?limit=${page.limit}&offset=${page.offset}`, s),
  reports: (limit = 100, s?: AbortSignal) => get<ReportList>(`/reports?limit=${limit}`, s),
  document: (id: string, s?: AbortSignal) => get<DocumentView>(`/documents/${encodeURIComponent(id)}`, s),
  events: (query: { limit?: number; actor?: string } = {}, s?: AbortSignal) => {
    const params = new URLSearchParams({ limit: String(query.limit ?? 100) });
    if (query.actor) params.set("actor", query.actor);
    return get<EventList>(`/events?${params}`, s);
  },
  event: (id: string, s?: AbortSignal) => get<EventView>(`/events/${encodeURIComponent(id)}`, s),
  fact: (id: string, s?: AbortSignal) => get<FactView>(`/facts/${encodeURIComponent(id)}`, s),
  search: (q: string, limit = 10, s?: AbortSignal) =>
    get<SearchResult>(`/search?${new URLSearchParams({ q, limit: String(limit) })}`, s),
};
