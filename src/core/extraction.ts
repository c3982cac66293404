// What the pipeline reads out of one report: mentions of entities and claims about them, each with its
// evidence span. Values only: built by the recognisers, presented by the CLI and API, kept by the store.
import type { Span } from "./span.ts";
import type {
  ActionKind,
  ActionType,
  Certainty,
  EntityKind,
  PersonRole,
  Predicate,
  SponsorLevel,
  Status,
  StixSector,
} from "./vocabulary.ts";

/** A stable reference to an entity: `key` is unique within its kind (catalogue id, ISO code, normalised name). */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly key: string;
  readonly name: string;
}

/** How a text phrase names an entity, with its confidence in [0, 1]. */
export interface Mention extends Span {
  readonly entity: EntityRef;
  /** The surface string exactly as in the text. */
  readonly surface: string;
  readonly confidence: number;
  /** How it was found: exact name, forgiving spelling, typo, expansion, naming scheme, coreference, rule. */
  readonly via: "exact" | "forgiving" | "typo" | "expansion" | "scheme" | "coreference" | "rule";
}

/** What a vendor's naming scheme says an actor is. */
export const ACTOR_MOTIVES = ["state", "criminal", "influence", "hacktivist", "commercial"] as const;
export type ActorMotive = (typeof ACTOR_MOTIVES)[number];

/** What a recogniser knows of an actor it discovered in the text (a naming scheme, a "group called X" rule). */
export interface ActorDiscovery {
  /** The vendor whose naming scheme the name follows ("CrowdStrike", "Microsoft"), when one does. */
  readonly vendor: string | null;
  /** ISO 3166-1 alpha-2 the scheme ties the name to, when it does. */
  readonly country: string | null;
  /** What the scheme says the actor is. */
  readonly motive: ActorMotive | null;
}

/** A mention of a threat actor, with what the actor recogniser knew beyond the entity. */
export interface ActorMention extends Mention {
  /** Set when the name belongs to more than one catalogue actor: all of them; `entity` is then provisional. */
  readonly candidates?: readonly EntityRef[];
  /** Set when the actor is not in the catalogue and was discovered in the text. */
  readonly discovery?: ActorDiscovery;
}

/** Who asserts a claim, and how sure and how far along the text says it is. */
export interface Modality {
  readonly certainty: Certainty;
  readonly status: Status;
  readonly negated: boolean;
  /** The asserting party as the text names it ("Prosecutors", "Western officials"), when it does. */
  readonly assertedBy: string | null;
}

/** The sentence a claim rests on: offsets into the report text, and the sentence itself. */
export interface Evidence extends Span {
  readonly sentence: string;
}

/** One statement the text makes: subject — predicate → object, with modality and evidence. */
export interface Claim {
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly modality: Modality;
  readonly evidence: Evidence;
  readonly confidence: number;
  /** Extra detail: quantities ("more than 40 computers"), the text's own phrase, dates. */
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface ActorFinding {
  readonly entity: EntityRef;
  /** Every known name of the actor (catalogue aliases). */
  readonly aliases: readonly string[];
  /** Each distinct way this text names it. */
  readonly mentions: readonly string[];
  readonly mentionSpans: readonly Mention[];
  readonly attributedTo: readonly SponsorFinding[];
  /** Discovered by a vendor naming scheme and not in the catalogue. */
  readonly unconfirmed: boolean;
  readonly namingVendor: string | null;
  readonly country: string | null;
  readonly confidence: number;
  /** Set when the text's name fits more than one catalogue actor and the text did not decide: all of them. */
  readonly candidates?: readonly EntityRef[];
  /** Other catalogue actors the text itself says are this one ("X, also known as Y"): kept apart in the
   * catalogue, joined for this report only. */
  readonly sameInText?: readonly EntityRef[];
}

export interface SponsorFinding {
  readonly name: string;
  readonly level: SponsorLevel;
  /** ISO 3166-1 alpha-2 of the state behind it, when known. */
  readonly country: string | null;
  /** The sponsor above this one in the chain (agency → state, unit → agency). */
  readonly parent: string | null;
  readonly evidence: Evidence;
  readonly modality: Modality;
  /** Stable within a report: a gazetteer id ("cn-mss"), "state:CN", or a normalised name. */
  readonly key?: string;
  /** The `key` of the parent, so the chain state → agency → unit → front company → person can be drawn. */
  readonly parentKey?: string | null;
  /** How this sponsor hangs on its parent: a unit is part of an agency, a front company or person works for one. */
  readonly parentLink?: "part-of" | "employed-by" | null;
}

export interface PersonFinding {
  readonly name: string;
  readonly role: PersonRole;
  readonly title: string | null;
  readonly affiliation: string | null;
  readonly evidence: Evidence;
}

export interface VictimCountryFinding {
  readonly code: string;
  readonly name: string;
  readonly surface: string;
  readonly evidence: Evidence;
  readonly quantity: string | null;
}

export interface VictimSectorFinding {
  readonly name: string;
  readonly sector: StixSector | null;
  readonly evidence: Evidence;
  readonly quantity: string | null;
  /** True when the victim was a way in to others (managed service providers to their clients). */
  readonly accessPath: boolean;
}

export interface VictimOrganisationFinding {
  readonly name: string;
  readonly evidence: Evidence;
  readonly quantity: string | null;
  readonly accessPath: boolean;
}

export interface ActionFinding {
  readonly type: ActionType;
  readonly kind: ActionKind;
  readonly by: readonly string[];
  readonly against: readonly string[];
  /** ISO date as precise as the text allows (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
  readonly date: string | null;
  readonly modality: Modality;
  readonly evidence: Evidence;
}

export interface PeriodFinding {
  readonly from: string;
  readonly to: string | null;
  readonly evidence: Evidence;
}

/** Activity with no named group ("a seasoned state-linked espionage crew from Asia"). */
export interface UnattributedActivityFinding {
  readonly description: string;
  readonly suspectedSponsor: string | null;
  readonly evidence: Evidence;
}

/** Everything read out of one report. */
export interface Extraction {
  readonly actors: readonly ActorFinding[];
  readonly persons: readonly PersonFinding[];
  readonly victimCountries: readonly VictimCountryFinding[];
  readonly victimSectors: readonly VictimSectorFinding[];
  readonly victimOrganisations: readonly VictimOrganisationFinding[];
  readonly actions: readonly ActionFinding[];
  readonly periods: readonly PeriodFinding[];
  readonly unattributed: readonly UnattributedActivityFinding[];
  readonly claims: readonly Claim[];
  /** Malware, tools, vulnerabilities, techniques and indicators the report names, when that pass ran. */
  readonly arsenal?: ArsenalFindings;
}

/** A place in the text where an arsenal finding is named, with the string exactly as written. */
export interface ArsenalSpan extends Span {
  readonly surface: string;
}

/** The two kinds of ATT&CK software. */
export const SOFTWARE_KINDS = ["malware", "tool"] as const;
export type SoftwareKind = (typeof SOFTWARE_KINDS)[number];

/** A piece of malware or a tool the report names ("PlugX", "the HyperBro malware", "Cobalt Strike"). */
export interface SoftwareFinding {
  /** The catalogue's name ("PlugX"), or the text's for software not in the catalogue. */
  readonly name: string;
  /** The ATT&CK id ("S0013"), or `name:<folded name>` for software found only by a cue ("a backdoor dubbed X"). */
  readonly key: string;
  readonly kind: SoftwareKind;
  /** Every known name (catalogue aliases). */
  readonly aliases: readonly string[];
  /** Each distinct way this text names it. */
  readonly mentions: readonly string[];
  readonly spans: readonly ArsenalSpan[];
  readonly evidence: Evidence;
  readonly confidence: number;
}

/** A vulnerability the report names by CVE id or by a well-known name ("ProxyLogon"). */
export interface VulnerabilityFinding {
  /** "CVE-2021-26855", always in this form. */
  readonly cve: string;
  /** The vendor and product words the text gives ("Microsoft Exchange"), most specific first. */
  readonly products: readonly string[];
  /** The vulnerability's popular name when the text uses one ("ProxyLogon"). */
  readonly nickname: string | null;
  readonly spans: readonly ArsenalSpan[];
  readonly evidence: Evidence;
}

/** An ATT&CK technique, written as its id (T1566.001) or read from an analyst's phrase ("spear-phishing"). */
export interface TechniqueFinding {
  /** "T1566" or "T1566.001". */
  readonly id: string;
  /** The technique's ATT&CK name, when Espial's table knows it. */
  readonly name: string | null;
  /** The text's own words for it (the first occurrence). */
  readonly phrase: string;
  readonly spans: readonly ArsenalSpan[];
  readonly evidence: Evidence;
}

/** The kinds of indicators of compromise. */
export const INDICATOR_KINDS = ["ipv4", "ipv6", "domain", "url", "email", "md5", "sha1", "sha256"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** An indicator of compromise: an address, a name or a hash a defender can block or hunt for. */
export interface IndicatorFinding {
  readonly kind: IndicatorKind;
  /** Refanged and normalised for storage ("http://evil.example/a", lower-case hosts and hashes). */
  readonly value: string;
  /** As the text writes it ("hxxp://evil[.]example/a"). */
  readonly surface: string;
  /** The text wrote it defanged. */
  readonly defanged: boolean;
  /** A private, loopback, link-local, documentation or otherwise reserved address: kept, but not routable. */
  readonly reserved: boolean;
  readonly spans: readonly ArsenalSpan[];
  readonly evidence: Evidence;
}

/** Everything a defender can act on in one report. */
export interface ArsenalFindings {
  readonly software: readonly SoftwareFinding[];
  readonly vulnerabilities: readonly VulnerabilityFinding[];
  readonly techniques: readonly TechniqueFinding[];
  readonly indicators: readonly IndicatorFinding[];
}

/** What an actor does with an arsenal finding: uses software and techniques, exploits vulnerabilities,
 * is indicated by an indicator. */
export const ARSENAL_PREDICATES = ["uses", "exploits", "indicates"] as const;
export type ArsenalPredicate = (typeof ARSENAL_PREDICATES)[number];

/** The arsenal finding a link points at: `key` is the S-id or name key, the CVE, the T-id, or the indicator value. */
export interface ArsenalRef {
  readonly kind: "software" | "vulnerability" | "technique" | "indicator";
  readonly key: string;
  readonly name: string;
}

/** A sentence that ties an actor to an arsenal finding. */
export interface ArsenalLink {
  readonly actorKey: string;
  readonly predicate: ArsenalPredicate;
  readonly object: ArsenalRef;
  readonly evidence: Evidence;
  readonly modality: Modality;
  readonly confidence: number;
}
