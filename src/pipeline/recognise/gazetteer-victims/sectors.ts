// The words of victim sectors: head nouns ("companies", "providers", "think tanks"), how they group, which
// stand alone, modifiers to ignore, and the map from a phrase to the STIX 2.1 industry-sector vocabulary.
import type { StixSector } from "../../../core/index.ts";

/** How head nouns group when duplicates are consolidated ("telecom providers" = "telecom companies"). */
export type HeadClass = "business" | "organisation" | "facility" | "people" | "own";

export interface SectorHead {
  readonly lemma: string;
  readonly cls: HeadClass;
  /** A victim kind by itself ("banks", "think tanks"); otherwise it needs a modifier ("pipeline operators"). */
  readonly standalone: boolean;
  /**
   * A head that names victims only through a modifier that is a sector ("defence networks", "government
   * targets", "political campaigns"); with any other modifier it names things ("computer networks").
   */
  readonly kindOnly?: boolean;
}

const head = (lemma: string, cls: HeadClass, standalone: boolean): SectorHead => ({ lemma, cls, standalone });
const business = (lemma: string) => head(lemma, "business", false);
const organisation = (lemma: string) => head(lemma, "organisation", false);
const facility = (lemma: string) => head(lemma, "facility", false);
const own = (lemma: string) => head(lemma, "own", true);
const people = (lemma: string, standalone = true) => head(lemma, "people", standalone);
const kindOnly = (lemma: string, cls: HeadClass): SectorHead => ({ lemma, cls, standalone: false, kindOnly: true });

/** Singular and plural of each head, all mapped to one head entry. */
function both(
  pairs: readonly (readonly [string, string])[],
  make: (singular: string) => SectorHead,
): Record<string, SectorHead> {
  const out: Record<string, SectorHead> = {};
  for (const [singular, plural] of pairs) {
    out[singular] = make(singular);
    out[plural] = make(singular);
  }
  return out;
}

/** Head nouns, singular and plural, lower case (acronyms as written). */
export const SECTOR_HEADS: Readonly<Record<string, SectorHead>> = {
  ...both(
    [
      ["company", "companies"],
      ["firm", "firms"],
      ["provider", "providers"],
      ["operator", "operators"],
      ["corporation", "corporations"],
      ["enterprise", "enterprises"],
      ["vendor", "vendors"],
      ["supplier", "suppliers"],
      ["producer", "producers"],
      ["contractor", "contractors"],
      ["maker", "makers"],
      ["developer", "developers"],
      ["sector", "sectors"],
      ["industry", "industries"],
      ["infrastructure", "infrastructures"],
      ["utility", "utilities"],
      ["grid", "grids"],
      ["exchange", "exchanges"],
    ],
    business,
  ),
  ...both(
    [
      ["organization", "organizations"],
      ["organisation", "organisations"],
      ["entity", "entities"],
      ["agency", "agencies"],
      ["institution", "institutions"],
      ["body", "bodies"],
      ["department", "departments"],
    ],
    () => organisation("organization"),
  ),
  ...both(
    [
      ["facility", "facilities"],
      ["plant", "plants"],
      ["station", "stations"],
      ["base", "bases"],
      ["centre", "centres"],
      ["center", "centers"],
    ],
    () => facility("facility"),
  ),
  ...both([["target", "targets"]], () => kindOnly("organization", "organisation")),
  ...both([["campaign", "campaigns"]], () => kindOnly("campaign", "organisation")),
  // "manufacturers" alone is the manufacturing sector, as "banks" is the banking one.
  ...both([["manufacturer", "manufacturers"]], () => head("manufacturer", "business", true)),
  ...both(
    [
      ["shipbuilder", "shipbuilders"],
      ["automaker", "automakers"],
      ["carmaker", "carmakers"],
      ["chipmaker", "chipmakers"],
      ["drugmaker", "drugmakers"],
      ["insurer", "insurers"],
      ["retailer", "retailers"],
      ["broadcaster", "broadcasters"],
      ["lender", "lenders"],
      ["hotel", "hotels"],
      ["foundation", "foundations"],
      ["association", "associations"],
      ["seaport", "seaports"],
    ],
    own,
  ),
  communities: people("community", false),
  critics: people("critic"),
  opponents: people("opponent", false),
  figures: people("figure", false),
  business: own("business"),
  businesses: own("business"),
  carrier: head("carrier", "business", true),
  carriers: head("carrier", "business", true),
  governments: own("government"),
  groups: head("group", "organisation", false),
  bank: own("bank"),
  banks: own("bank"),
  "think tank": own("think tank"),
  "think tanks": own("think tank"),
  "think-tanks": own("think tank"),
  university: own("university"),
  universities: own("university"),
  hospital: own("hospital"),
  hospitals: own("hospital"),
  ministry: own("ministry"),
  ministries: own("ministry"),
  embassy: own("embassy"),
  embassies: own("embassy"),
  parliament: own("parliament"),
  parliaments: own("parliament"),
  telecoms: head("telecommunications", "business", true),
  telcos: head("telecommunications", "business", true),
  ISP: head("internet service", "business", true),
  ISPs: head("internet service", "business", true),
  MSP: head("managed service", "business", true),
  MSPs: head("managed service", "business", true),
  NGO: head("non-governmental", "organisation", true),
  NGOs: head("non-governmental", "organisation", true),
  airline: own("airline"),
  airlines: own("airline"),
  airport: own("airport"),
  airports: own("airport"),
  laboratory: own("laboratory"),
  laboratories: own("laboratory"),
  lab: own("laboratory"),
  labs: own("laboratory"),
  institute: own("institute"),
  institutes: own("institute"),
  school: own("school"),
  schools: own("school"),
  society: head("society", "own", false),
  officials: people("official"),
  politicians: people("politician"),
  lawmakers: people("legislator"),
  legislators: people("legislator"),
  parliamentarians: people("legislator"),
  senators: people("legislator"),
  congressmen: people("legislator"),
  MPs: people("legislator"),
  MEPs: people("legislator"),
  "civil servants": people("civil servant"),
  journalists: people("press"),
  reporters: people("press"),
  diplomats: people("diplomat"),
  dissidents: people("dissident"),
  activists: people("activist"),
  academics: people("academic"),
  researchers: people("researcher", false),
  executives: people("executive", false),
  members: people("member", false),
};

/** "members of …" complements that make a people sector ("members of the press" = journalists). */
export const MEMBERS_OF: readonly [RegExp, string][] = [
  [/^(?:the\s+)?(?:press|media|news media)$/i, "press"],
  [/(?:parliaments?|congress|senate|legislatures?|assembl(?:y|ies)|bundestag|duma)$/i, "legislator"],
];

/** Modifiers that say nothing about the kind of victim; dropped from names and from consolidation keys. */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "large small major big biggest largest several various multiple numerous many other some certain key prominent " +
    "high-profile leading top unnamed unidentified local global international worldwide additional more new same " +
    "similar previous past potential possible unpatched vulnerable so-called known targeted affected compromised " +
    "hacked breached victim victimized hit impacted specific particular unspecified undisclosed different " +
    "separate individual important sensitive well-known giant huge overseas domestic"
  ).split(" "),
);

/** Regional qualifiers treated like countries: kept in a bare name ("EU officials"), not in keys. */
export const REGIONAL_MODIFIERS: ReadonlySet<string> = new Set(
  "EU European Western Asian African NATO UN Gulf Baltic Nordic Latin".split(" "),
);

/** Spellings folded before comparing modifiers. */
export const MODIFIER_SYNONYMS: Readonly<Record<string, string>> = {
  telecom: "telecommunications",
  telecoms: "telecommunications",
  telecommunication: "telecommunications",
  telco: "telecommunications",
  tech: "technology",
  defence: "defense",
  governmental: "government",
  state: "government",
  public: "government",
  financial: "finance",
  organisations: "organizations",
};

/** Modifier words that may be joined by "and" inside one sector phrase ("oil and natural gas"). */
export const JOINABLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "oil gas natural energy power electric electricity water wastewater aerospace defense defence aviation " +
    "chemical chemicals pharmaceutical biotech health healthcare financial banking insurance telecommunications " +
    "telecom media entertainment technology manufacturing mining transportation logistics shipping maritime " +
    "research education government military engineering construction retail hospitality current former"
  ).split(" "),
);

/** Phrase → STIX 2.1 industry sector, first match wins (specific before general). */
export const STIX_SECTOR_RULES: readonly [RegExp, StixSector][] = [
  [
    /\bnon-?governmental|\bngos?\b|non-?profit|human rights|civil society|charit|think[- ]tanks?|activist|dissident|foundation|association/i,
    "non-profit",
  ],
  [/\binsur/i, "insurance"],
  [
    /\bbank|financ|payment|credit union|fintech|cryptocurrency|crypto exchange|stock exchange|brokerage/i,
    "financial-services",
  ],
  [/\bnuclear/i, "nuclear"],
  [/\bdams?\b/i, "dams"],
  [/\bwater|wastewater|sewage/i, "water"],
  [/\bdefen[cs]e|military|naval|arms\b|weapons|munitions/i, "defense"],
  [/\baerospace|aviation|aircraft|satellite|space agency/i, "aerospace"],
  [
    /\boil\b|\bgas\b|petroleum|pipeline|energy|electric|power (?:grid|plant|compan|sector|utilit|station|generat|suppl|distribut|transmission)/i,
    "energy",
  ],
  [/\butilit/i, "utilities"],
  [/\btelecom|\bisps?\b|internet service|wireless|mobile operator|\bcarriers?\b|\btelcos?\b/i, "telecommunications"],
  [/\bpress\b|\bmedia\b|journalist|reporter|news|broadcast|publish|\bcommunications\b/i, "communications"],
  [/\bpharma|drug ?maker/i, "pharmaceuticals"],
  [/\bhealth|hospital|medical/i, "healthcare"],
  [/\buniversit|academ|school|education|college|research institut/i, "education"],
  [/\bemergency|police|law enforcement|first responder/i, "emergency-services"],
  [/\bmunicipal|local government|city government|county/i, "government-local"],
  [/\bregional (?:parliament|government)|state government|provincial/i, "government-regional"],
  [
    /\bministr|foreign affairs|embass|diplomat|parliament|lawmaker|legislat|politician|national government|federal/i,
    "government-national",
  ],
  [/\bgovernment|agenc|official|civil servant|public sector|state\b|election|political|presidential/i, "government"],
  [/\bcritical infrastructure|\bics\b|scada|industrial control|operational technology/i, "infrastructure"],
  [/\bmaritime|shipping|transport|logistic|airline|airport|\b(?:sea)?ports?\b|rail|automotive/i, "transportation"],
  [/\bchemical/i, "chemical"],
  [/\bmanufactur|industrial|steel|electronics/i, "manufacturing"],
  [/\bmining|\bminers?\b/i, "mining"],
  [/\bconstruction|engineering/i, "construction"],
  [/\bretail|e-commerce|ecommerce/i, "retail"],
  [/\bhotel|hospitality|casino|travel/i, "hospitality-leisure"],
  [/\bentertainment|studio|gaming|film/i, "entertainment"],
  [/\bagricultur|farm|food/i, "agriculture"],
  [
    /\btechnology|\bit\b|software|cloud|managed service|\bmsps?\b|cyber ?security|semiconductor|internet/i,
    "technology",
  ],
  [/\bcommercial|corporate|private sector|business/i, "commercial"],
];
