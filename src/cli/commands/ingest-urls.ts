// The URL part of `espial ingest`: each http(s) argument fetched (timeout, size cap, bounded redirects, only
// public addresses unless --allow-private), one at a time, into raw inputs; a fetch that fails becomes a
// rejected result naming why, and the others go on.
import { openFetch } from "../../compose.ts";
import type { Limits } from "../../config/limits.ts";
import { fetchInput, type RawInput } from "../../pipeline/read/index.ts";
import type { IngestResult } from "../../pipeline/run.ts";

/** Whether a command-line argument is a URL to fetch rather than a path. */
export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** What fetching one URL gave: its body to ingest, or why it could not be fetched. */
export type FetchedUrl = { readonly input: RawInput } | { readonly rejected: IngestResult };

/** Fetches each URL in turn, calling `use` with each in order, so that no more than one body is held at once. */
export async function fetchUrlInputs(
  urls: readonly string[],
  options: { readonly limits: Limits; readonly allowPrivate: boolean },
  use: (fetched: FetchedUrl) => Promise<void>,
): Promise<void> {
  if (urls.length === 0) return;
  const client = openFetch({ allowPrivate: options.allowPrivate });
  try {
    for (const url of urls) {
      let fetched: FetchedUrl;
      try {
        fetched = { input: await fetchInput(url, client, options) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        fetched = { rejected: { origin: url, status: "rejected", reason } };
      }
      await use(fetched);
    }
  } finally {
    await client.close();
  }
}
