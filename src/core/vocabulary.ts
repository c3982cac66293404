// Closed vocabularies of Espial, defined once. Each is an `as const` array with its derived union, so a
// `switch` over one is checked for exhaustiveness and a runtime check can use the same list.

/** What a recognised name refers to. */
export const ENTITY_KINDS = [
  "actor",
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
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Levels of a sponsor chain: state → agency → unit (bureau, office, department) → front company → person. */
export const SPONSOR_LEVELS = ["state", "agency", "unit", "front-company", "person"] as const;
export type SponsorLevel = (typeof SPONSOR_LEVELS)[number];

/** A person's role in the story, read from context. */
export const PERSON_ROLES = ["defendant", "official", "researcher", "other"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** The eight action types of the evaluation contract. */
export const ACTION_TYPES = [
  "indictment",
  "sanctions",
  "condemnation",
  "arrest-warrant",
  "arrest",
  "advisory",
  "takedown",
  "other",
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Finer legal and diplomatic action kinds; each maps onto one ActionType (see actionTypeOf). */
export const ACTION_KINDS = [
  "indictment",
  "charges",
  "complaint-unsealed",
  "sanctions",
  "designation",
  "condemnation",
  "joint-attribution",
  "arrest-warrant",
  "interpol-notice",
  "arrest",
  "extradition",
  "advisory",
  "takedown",
  "seizure",
  "reward",
  "tip-request",
  "sentencing",
  "guilty-plea",
  "conviction",
  "expulsion",
  "other",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Maps a fine action kind onto the contract's eight types. */
export function actionTypeOf(kind: ActionKind): ActionType {
  switch (kind) {
    case "indictment":
    case "charges":
    case "complaint-unsealed":
      return "indictment";
    case "sanctions":
    case "designation":
      return "sanctions";
    case "condemnation":
    case "joint-attribution":
      return "condemnation";
    case "arrest-warrant":
    case "interpol-notice":
      return "arrest-warrant";
    case "arrest":
      return "arrest";
    case "advisory":
      return "advisory";
    case "takedown":
    case "seizure":
      return "takedown";
    case "extradition":
    case "reward":
    case "tip-request":
    case "sentencing":
    case "guilty-plea":
    case "conviction":
    case "expulsion":
    case "other":
      return "other";
  }
}

/** How sure the text is: alleged ("alleged", "accused"), reported ("reportedly", "according to"), confirmed. */
export const CERTAINTIES = ["alleged", "reported", "confirmed"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Where an action stands: expected ("expected to", "plans to"), announced, done. */
export const STATUSES = ["expected", "announced", "done"] as const;
export type Status = (typeof STATUSES)[number];

/** What a claim says about its subject. */
export const PREDICATES = [
  "named-as",
  "attributed-to",
  "part-of",
  "employed-by",
  "member-of",
  "targets",
  "accessed-via",
  "subject-of-action",
  "active-during",
  "uses",
  "exploits",
  "indicates",
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Kinds of source, from most to least authoritative; they weigh in confidence. */
export const SOURCE_KINDS = ["government", "vendor", "press", "aggregator", "unknown"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Traffic Light Protocol 2.0 markings. */
export const TLP_LEVELS = ["clear", "green", "amber", "amber+strict", "red"] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** STIX 2.1 industry-sector-ov vocabulary. */
export const STIX_SECTORS = [
  "agriculture",
  "aerospace",
  "automotive",
  "chemical",
  "commercial",
  "communications",
  "construction",
  "defense",
  "education",
  "energy",
  "entertainment",
  "financial-services",
  "government",
  "emergency-services",
  "government-local",
  "government-national",
  "government-public-services",
  "government-regional",
  "healthcare",
  "hospitality-leisure",
  "infrastructure",
  "dams",
  "nuclear",
  "water",
  "insurance",
  "manufacturing",
  "mining",
  "non-profit",
  "pharmaceuticals",
  "retail",
  "technology",
  "telecommunications",
  "transportation",
  "utilities",
] as const;
export type StixSector = (typeof STIX_SECTORS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
