// How a feed item is recognised again: by its guid (RSS guid, Atom id) and by its link. An item is new only
// when neither was seen before in the same feed, so a feed that rewrites guids but keeps links (or the
// reverse) does not bring the same article twice.
import type { ReportSource } from "../core/index.ts";

/** The keys an item is remembered by: `guid:…` and `link:…`, when it has them. */
export function itemKeysOf(source: Pick<ReportSource, "guid" | "url">): string[] {
  const keys: string[] = [];
  if (source.guid) keys.push(`guid:${source.guid}`);
  if (source.url) keys.push(`link:${source.url}`);
  return keys;
}
