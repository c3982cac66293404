// What an export maps and an import gives back: the store's reports (without their text) and the actors they
// name, in Espial's own words. One snapshot gives one bundle; the import of that bundle gives a snapshot that
// exports to the same bundle.
import type {
  IndicatorKind,
  SoftwareKind,
  ActionKind,
  ActionType,
  Evidence,
  Modality,
  PersonRole,
  SourceKind,
  SponsorLevel,
  StixSector,
  TlpLevel,
} from "../core/index.ts";

/** The kinds of entity a report can name besides actors, each its own STIX object (the last four are the
 * arsenal: malware or tool, vulnerability, attack-pattern, indicator). */
export const SNAPSHOT_ENTITY_KINDS = [
  "sponsor",
  "person",
  "organisation",
  "sector",
  "country",
  "software",
  "vulnerability",
  "technique",
  "indicator",
] as const;
export type SnapshotEntityKind = (typeof SNAPSHOT_ENTITY_KINDS)[number];

/** Points at an actor (by catalogue or discovery key) or at one of a report's entities. */
export interface EntityPointer {
  readonly kind: "actor" | SnapshotEntityKind;
  readonly key: string;
}

/** Where one of an actor's names comes from: a catalogue dataset entry, or the reports. */
export interface SnapshotNameSource {
  readonly dataset: "misp" | "attack" | "reports";
  /** The MISP uuid or ATT&CK G-number; empty for names read in reports. */
  readonly id: string;
  readonly vendor: string | null;
}

/** A threat actor: its catalogue identity, or what the reports say of one the catalogue lacks. */
export interface SnapshotActor {
  readonly key: string;
  readonly name: string;
  /** Every name, the display name first, with where each comes from. */
  readonly names: readonly { readonly name: string; readonly sources: readonly SnapshotNameSource[] }[];
  readonly attackIds: readonly string[];
  readonly mispUuid: string | null;
  /** ISO 3166-1 alpha-2 of the suspected sponsor state. */
  readonly country: string | null;
  /** Discovered in text by a naming scheme, not in the catalogue. */
  readonly unconfirmed: boolean;
  readonly namingVendor: string | null;
}

export type SnapshotEntity =
  | {
      readonly kind: "sponsor";
      readonly key: string;
      readonly name: string;
      readonly level: SponsorLevel;
      readonly country: string | null;
    }
  | {
      readonly kind: "person";
      readonly key: string;
      readonly name: string;
      readonly role: PersonRole;
      /** Titles and descriptions the text gives ("Deputy Attorney General"). */
      readonly titles: readonly string[];
    }
  | { readonly kind: "organisation"; readonly key: string; readonly name: string }
  | { readonly kind: "sector"; readonly key: string; readonly name: string; readonly sector: StixSector | null }
  /** `key` is the ISO 3166-1 alpha-2 code. */
  | { readonly kind: "country"; readonly key: string; readonly name: string }
  /** `key` is the ATT&CK software id (S0013), or `name:<folded name>` for software only the reports name. */
  | {
      readonly kind: "software";
      readonly key: string;
      readonly name: string;
      readonly softwareKind: SoftwareKind;
      readonly aliases: readonly string[];
    }
  /** `key` is the CVE id; `description` gives its popular name and the products the text names, if any. */
  | { readonly kind: "vulnerability"; readonly key: string; readonly name: string; readonly description: string | null }
  /** `key` is the ATT&CK technique id (T1566.001); `name` its ATT&CK name, else the id. */
  | { readonly kind: "technique"; readonly key: string; readonly name: string }
  /** `key` and `name` are the refanged value ("http://evil.example/a"). */
  | { readonly kind: "indicator"; readonly key: string; readonly name: string; readonly indicatorKind: IndicatorKind };

/** Espial's statements that become STIX relationships. */
export const FACT_PREDICATES = [
  "attributed-to",
  "member-of",
  "targets",
  "accessed-via",
  "part-of",
  "employed-by",
  "same-as",
  "uses",
  "exploits",
  "indicates",
] as const;
export type FactPredicate = (typeof FACT_PREDICATES)[number];

/** One sentence of a report making a fact, and how it makes it. */
export interface SnapshotClaim {
  readonly modality: Modality;
  /** Null for facts read from a bundle that gave no sentence. */
  readonly evidence: Evidence | null;
  /** In [0, 1]. */
  readonly confidence: number;
  /** "more than 40 computers", "at least a dozen countries", when the text counts. */
  readonly quantity: string | null;
}

/** subject — predicate → object, as one report states it, in one or more sentences. */
export interface SnapshotFact {
  readonly subject: EntityPointer;
  readonly predicate: FactPredicate;
  readonly object: EntityPointer;
  readonly claims: readonly SnapshotClaim[];
}

/** A legal or diplomatic action the report tells of. */
export interface SnapshotAction {
  readonly type: ActionType;
  readonly kind: ActionKind;
  readonly date: string | null;
  readonly by: readonly string[];
  readonly against: readonly string[];
  /** The actors and people the action is against, as far as the report links them. */
  readonly concerns: readonly EntityPointer[];
  readonly modality: Modality;
  readonly evidence: Evidence | null;
  /** In [0, 1]. */
  readonly confidence: number;
}

/** How the report names one actor. */
export interface SnapshotMention {
  readonly actor: string;
  readonly names: readonly string[];
  /** In [0, 1]. */
  readonly confidence: number;
}

export interface SnapshotPeriod {
  /** The actor key, or null when the report leaves open whose activity it is. */
  readonly actor: string | null;
  readonly from: string;
  readonly to: string | null;
  readonly evidence: Evidence | null;
}

export interface SnapshotUnattributed {
  readonly description: string;
  readonly suspectedSponsor: string | null;
  readonly evidence: Evidence | null;
}

/** A report's metadata (no origin path: it may be a local file, which is not for sharing). */
export interface SnapshotSource {
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly kind: SourceKind;
  readonly tlp: TlpLevel;
}

export interface SnapshotReport {
  readonly id: string;
  readonly contentHash: string | null;
  readonly ingestedAt: string;
  readonly source: SnapshotSource;
  readonly mentions: readonly SnapshotMention[];
  readonly entities: readonly SnapshotEntity[];
  readonly facts: readonly SnapshotFact[];
  readonly actions: readonly SnapshotAction[];
  readonly periods: readonly SnapshotPeriod[];
  readonly unattributed: readonly SnapshotUnattributed[];
}

export interface StixSnapshot {
  readonly actors: readonly SnapshotActor[];
  readonly reports: readonly SnapshotReport[];
}

/** Orders strings by code unit, the same on every machine (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pointerKey(p: EntityPointer): string {
  return `${p.kind}:${p.key}`;
}
