// The store's part in review: analysts' decisions (kept in an audit log, applied on top of the reports'
// assertions by fusion and by every read of reports and actors, each undoable), API tokens kept hashed, and
// watchlists with the notifications new facts produce. Every decision re-runs fusion for what it touches, in
// the transaction that records it.
import type { EntityRef, Modality, Predicate } from "../core/index.ts";
import type { ClaimEdit, Decision, ReviewStatus, WatchKind } from "../review/index.ts";

export type { ClaimEdit, Decision, ReviewStatus, WatchKind } from "../review/index.ts";

/** One report's assertion of one subject–predicate–object, with every sentence making it and its review. */
export interface ReviewClaimRecord {
  readonly id: string;
  readonly reportId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  /** The modality of its first sentence. */
  readonly modality: Modality;
  /** The highest confidence among its sentences. */
  readonly confidence: number;
  readonly evidence: readonly { readonly start: number; readonly end: number; readonly sentence: string }[];
  readonly review: ReviewStatus;
  /** The decision in force, null while pending. */
  readonly decision: Decision | null;
  readonly edit: ClaimEdit | null;
}

export interface ReviewClaimQuery {
  /** Only claims whose subject or object is one of these actors. */
  readonly actorKeys?: readonly string[];
  readonly review?: ReviewStatus;
  readonly limit: number;
  readonly offset: number;
}

/** Who decided and why: every decision carries both. */
export interface DecisionAuthor {
  readonly user: string;
  readonly reason: string;
}

/** A decision recorded and what fusion recomputed because of it. */
export interface DecisionOutcome {
  readonly decision: Decision;
  readonly factsRecomputed: number;
}

export interface ActorName {
  readonly key: string;
  readonly name: string;
}

/** An actor with the actors merged into it. */
export interface ActorGroup extends ActorName {
  readonly members: readonly (ActorName & { readonly decision: number })[];
}

export type ClaimDecisionKind = "accept-claim" | "reject-claim" | "edit-claim";

export interface ReviewStore {
  /** Claims of the latest version of each document, newest report first. */
  listReviewClaims(query: ReviewClaimQuery): Promise<{ total: number; claims: ReviewClaimRecord[] }>;
  getReviewClaim(id: string): Promise<ReviewClaimRecord | null>;
  /** Records a decision on a claim and recomputes the facts it touches. `not-found` for an unknown claim. */
  decideClaim(
    input: DecisionAuthor & { claim: string; kind: ClaimDecisionKind; changes?: ClaimEdit },
  ): Promise<DecisionOutcome>;
  /** Merges `from` into `into` (`conflict` when they are one actor already) and recomputes their facts. */
  mergeActors(input: DecisionAuthor & { from: ActorName; into: ActorName }): Promise<DecisionOutcome>;
  /** Separates `from` from the group of `actor` (`conflict` unless a merge joined them). */
  splitActors(input: DecisionAuthor & { actor: ActorName; from: ActorName }): Promise<DecisionOutcome>;
  /** Cancels a decision in force (`not-found`, or `conflict` when already undone or itself an undo). */
  undoDecision(input: DecisionAuthor & { decision: number }): Promise<DecisionOutcome>;
  /** The audit log, newest first. */
  listDecisions(query: {
    readonly target?: string;
    readonly limit: number;
    readonly offset: number;
  }): Promise<{ total: number; decisions: Decision[] }>;
  /** The actor `key` reads as after merges, with every actor merged into it. */
  actorGroup(key: string): Promise<ActorGroup>;
}

export interface TokenRecord {
  readonly id: number;
  readonly user: string;
  /** The token's first characters, to tell tokens apart. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface TokenStore {
  /** A new random token for `user`: returned once, stored as its sha256. */
  createToken(user: string): Promise<{ token: string; record: TokenRecord }>;
  listTokens(): Promise<TokenRecord[]>;
  /** False when there is no such token in force. */
  revokeToken(id: number): Promise<boolean>;
  /** The user of a token in force, or null; compared in constant time. */
  userOfToken(token: string): Promise<string | null>;
}

export interface WatchRecord {
  readonly id: number;
  readonly user: string;
  readonly kind: WatchKind;
  readonly key: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface NotificationRecord {
  readonly id: number;
  readonly watch: number;
  readonly user: string;
  readonly fact: string;
  readonly entity: { readonly kind: WatchKind; readonly key: string };
  readonly summary: string;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
  readonly attempts: number;
}

export interface WatchStore {
  /** Follows an entity (the same watch again is returned as it was). */
  addWatch(input: { user: string; kind: WatchKind; key: string; name: string }): Promise<WatchRecord>;
  /** False when the user has no such watch. */
  removeWatch(input: { user: string; id: number }): Promise<boolean>;
  listWatches(user?: string): Promise<WatchRecord[]>;
  listNotifications(query: {
    readonly user?: string;
    readonly after: number;
    readonly limit: number;
  }): Promise<NotificationRecord[]>;
  /** Notifications not yet delivered whose next attempt is due, oldest first. */
  dueNotifications(now: Date, limit: number): Promise<NotificationRecord[]>;
  markDelivered(ids: readonly number[], at: Date): Promise<void>;
  /** Records a failed delivery and when to try again. */
  markFailed(id: number, error: string, retryAt: Date): Promise<void>;
}
