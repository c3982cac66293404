// A claim's identity for review: one report's assertion of one subject–predicate–object. Made from the
// report's id (a prefix of its content hash) and the claim's keys, never from its position in the
// extraction, so a decision keeps finding its claim after re-ingest and after `espial reprocess`.
import { createHash } from "node:crypto";
import type { EntityRef } from "../core/index.ts";

/** What identifies a claim: the report (by its content-hash id) and the keys of what it says. */
export interface ClaimKeys {
  readonly subject: Pick<EntityRef, "kind" | "key">;
  readonly predicate: string;
  readonly object: Pick<EntityRef, "kind" | "key">;
}

/** `<report id>-<12 hex>`: the report's id, then a hash of subject, predicate and object. */
export const CLAIM_ID = /^([0-9a-f]{16})-([0-9a-f]{12})$/;

/**
 * The claim's id in `reportId`.
 * @example claimIdOf("064259ea347745e2", { subject: { kind: "actor", key: "attack:G0045" }, predicate: "attributed-to", object: { kind: "sponsor", key: "cn-mss" } })
 */
export function claimIdOf(reportId: string, claim: ClaimKeys): string {
  const keys = [claim.subject.kind, claim.subject.key, claim.predicate, claim.object.kind, claim.object.key];
  return `${reportId}-${createHash("sha256").update(keys.join("\u0000"), "utf8").digest("hex").slice(0, 12)}`;
}

/** The report id a claim id starts with, or null when it is not a claim id. */
export function reportOfClaim(claimId: string): string | null {
  return CLAIM_ID.exec(claimId)?.[1] ?? null;
}
