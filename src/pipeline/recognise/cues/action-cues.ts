// The words by which news reports legal and diplomatic actions, one entry per way of saying it, each with the
// fine action kind it signals and how to read its parties. A lexicon only: recognise/actions.ts does the reading.
import type { ActionKind } from "../../../core/index.ts";
import { RESPONSIBILITY_CUES } from "./responsibility-cues.ts";

/** How a cue names its parties. */
export type CueForm =
  /** A verb: the subject acts, the object is acted against ("Treasury sanctioned two men"). */
  | "verb"
  /** A noun: the actor is found by "by X", "from X" or the governing verb's subject ("announced sanctions"). */
  | "noun";

/** Where the party acted against is named, when not the object. */
export type AgainstSlot =
  /** After "on" ("blamed the attack on North Korea"), else the object. */
  | "after-on"
  /** After "to" ("attributed the campaign to Russia"). */
  | "after-to"
  /** The object, default. */
  | "object";

export interface ActionCue {
  readonly kind: ActionKind;
  readonly pattern: RegExp;
  readonly form: CueForm;
  /** Only a public authority takes this action (a vendor "linking" a hack is research, not attribution). */
  readonly byGovernment: boolean;
  /** Counts only when the text names who acts ("X called out Y"; a bare "called out" is no action). */
  readonly byNamed?: boolean;
  readonly against?: AgainstSlot;
  /** Must also hold in the sentence ("designated" counts only in a sanctions context). */
  readonly requires?: RegExp;
  /** Must hold in the few words after the cue ("seized … domains", not "seized the moment"). */
  readonly object?: RegExp;
  /** A bare mention ("the indictment", "the condemnations"): it joins another mention of the same action and
   * stands alone only when it names who acted or when. */
  readonly corroborates?: boolean;
}

const W = String.raw`(?:[\w$.,'’-]+\s+)`;
/** States and services that are accused, blamed or exposed by name. */
const STATE_OBJECT = String.raw`China|Chinese|Beijing|Russia|Russian|Moscow|Kremlin|Iran|Iranian|Tehran|North\s+Korea|North\s+Korean|Pyongyang|GRU|FSB|SVR|MSS|IRGC|PLA`;
const INFRASTRUCTURE =
  /\b(?:domains?|sites?|websites?|servers?|infrastructure|botnets?|accounts?|cryptocurrenc\w+|funds|wallets?|\$[\d.,]+|networks?|command-and-control|C2)\b/i;

/** Every cue, most specific first: a later cue whose match overlaps an earlier one's is skipped. */
export const ACTION_CUES: readonly ActionCue[] = [
  ...RESPONSIBILITY_CUES,
  {
    kind: "guilty-plea",
    pattern: /\b(?:plead(?:ed|s|ing)?|pled)\s+guilty\b|\bguilty\s+pleas?\b/gi,
    form: "verb",
    byGovernment: false,
  },
  {
    kind: "complaint-unsealed",
    pattern:
      /\bunseal(?:ed|s|ing)?\s+(?:\w+\s+){0,3}(?:complaint|indictment|charge)s?\b|\b(?:complaint|indictment)s?\s+(?:was|were|has\s+been|had\s+been)\s+unsealed\b/gi,
    form: "verb",
    byGovernment: false,
  },
  {
    kind: "interpol-notice",
    pattern:
      /\bInterpol\s+(?:red\s+)?(?:warrant|notice)s?(?:\s+(?:out\s+)?for\s+(?:the\s+|their\s+|his\s+|her\s+)?arrest)?\b|\bred\s+notices?\b/gi,
    form: "noun",
    byGovernment: false,
  },
  {
    kind: "arrest-warrant",
    pattern:
      /\barrest\s+warrants?\b|\bwarrants?\s+(?:out\s+)?for\s+(?:the\s+|their\s+|his\s+|her\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?\s+)?arrest\b/gi,
    form: "noun",
    byGovernment: false,
  },
  // Only prosecutors and grand juries indict or charge, so whoever the text names as doing it is one.
  { kind: "indictment", pattern: /\bindict(?:s|ed|ing)?\b/gi, form: "verb", byGovernment: false },
  { kind: "indictment", pattern: /\bindictments?\b/gi, form: "noun", byGovernment: true, corroborates: true },
  {
    kind: "charges",
    pattern: new RegExp(
      String.raw`\b(?:filed|brought|bring|unveil(?:ed|s)?|announc(?:e|ed|es|ing)|levell?ed|press(?:ed)?)\s+${W}{0,2}charges\b|\b(?:criminal\s+)?charges\s+(?:against|were\s+(?:filed|brought|announced))\b|\bcharged\s+${W}{0,12}?(?:with|in\s+connection)\b|\b(?:is|are|am|were|was)\s+charging\b`,
      "gi",
    ),
    form: "verb",
    byGovernment: false,
  },
  {
    kind: "charges",
    pattern:
      /\b[Cc]harges(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|alleged|members|[A-Z][\w-]*)\b)/g,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  // "Park was already charged in 2018 over …": the passive says charges were brought, by whoever brings them.
  {
    kind: "charges",
    pattern:
      /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:already\s+|also\s+|previously\s+|first\s+|separately\s+)?charged\b/gi,
    form: "verb",
    byGovernment: false,
  },
  // A bare "charged" counts when a public authority is its subject ("a group the Justice Department charged in 2020").
  { kind: "charges", pattern: /\bcharged\b/gi, form: "verb", byGovernment: true, byNamed: true },
  {
    kind: "designation",
    pattern:
      /\bdesignat(?:ed|es|ing|ions?)\b|\b(?:added|placed|put)\s+(?:\S+\s+){0,9}?(?:to|on)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:Entity\s+List|SDN\s+list|sanctions\s+list)\b/gi,
    form: "verb",
    byGovernment: true,
    requires:
      /\b(?:OFAC|Treasury|sanction\w*|SDN|Specially\s+Designated|Executive\s+Order|E\.O\.|terrorist|Entity\s+List|blacklist\w*)\b/i,
  },
  {
    kind: "sanctions",
    pattern: new RegExp(
      String.raw`\b(?:impos|announc|levi|levy|slapp?|unveil|issu|appl|introduc|adopt|approv)\w*\s+${W}{0,4}?(?:sanctions|restrictive\s+measures|visa\s+restrictions|travel\s+bans?|asset\s+freezes?)\b`,
      "gi",
    ),
    form: "verb",
    byGovernment: true,
  },
  {
    kind: "sanctions",
    pattern: new RegExp(
      String.raw`\bsanctions\s+${W}{0,12}?(?:were|are|was|is|be|been|being)\s+(?:also\s+|widely\s+)?(?:announced|imposed|levied|unveiled|introduced|adopted|expected)\b|\bexpected\s+(?:are|is)\s+(?:new\s+)?sanctions\b`,
      "gi",
    ),
    form: "noun",
    byGovernment: true,
  },
  {
    kind: "sanctions",
    pattern: /\bsanctions,?\s+(?:announced|imposed|unveiled)\b|\bsanctions\s+(?:target|targeting|freeze|block|bar)\b/gi,
    form: "noun",
    byGovernment: true,
    corroborates: true,
  },
  {
    kind: "sanctions",
    pattern: /\bsanction(?:ed|ing)\b|\b(?:to|will|would)\s+sanction\b/gi,
    form: "verb",
    byGovernment: true,
  },
  {
    kind: "sanctions",
    pattern:
      /\b[Ss]anctions(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|alleged|members|the|a|an|[A-Z][\w-]*)\b)/g,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "joint-attribution",
    pattern: /\bjoint\s+(?:\w+\s+)?(?:announcements?|statements?|attributions?)\b/gi,
    form: "noun",
    byGovernment: true,
    corroborates: true,
  },
  // "NATO released a statement voicing solidarity with Germany", "the High Representative issued a declaration on
  // behalf of member states condemning the campaign": another party's statement is an action of its own.
  {
    kind: "condemnation",
    pattern:
      /\b(?:issu|releas|publish|adopt|made|make)\w*\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:joint\s+)?(?:statements?|declarations?)\s+(?:[\w'’-]+\s+){0,6}?(?:condemning|voicing\s+solidarity|expressing\s+solidarity)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "condemnation",
    pattern: /\b(?:condemnations?|denunciations?|statements?\s+condemning)\b/gi,
    form: "noun",
    byGovernment: true,
    corroborates: true,
  },
  {
    kind: "condemnation",
    pattern: /\b(?:formal|official|public)\s+attributions?\b/gi,
    form: "noun",
    byGovernment: true,
    corroborates: true,
    against: "after-to",
  },
  {
    kind: "condemnation",
    pattern: /\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|rebuk(?:e|es|ed)|censur(?:e|es|ed))\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "condemnation",
    pattern: /\bcall(?:s|ed|ing)?\s+out\b|\bslam(?:s|med)?\b|\bexpos(?:e|es|ed)\b|\bnamed\s+and\s+shamed\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  // "Albania was cutting ties with Iran": breaking off relations is a diplomatic step of its own.
  {
    kind: "other",
    pattern:
      /\b(?:cut|cuts|cutting|sever|severs|severed|severing|broke|break|breaks|breaking)\s+(?:off\s+)?(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with\b/gi,
    form: "verb",
    byGovernment: true,
  },
  // Summoning an envoy is a diplomatic step of its own, not a statement of blame.
  {
    kind: "other",
    pattern:
      /\bsummon(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:ambassador|envoy|charg[eé]\s+d['’]affaires)\b|\b(?:ambassador|envoy|charg[eé]\s+d['’]affaires)\b[^.;]{0,40}?\b(?:was|were|will\s+(?:also\s+)?be|has\s+been|had\s+been)\s+summoned\b/gi,
    form: "verb",
    byGovernment: true,
  },
  {
    kind: "condemnation",
    pattern: /\baccus(?:e|es|ed)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
    // Accusing a state or its service is attribution; prosecutors accusing defendants is an indictment's words.
    object: new RegExp(String.raw`^\S*\s*(?:the\s+)?(?:${STATE_OBJECT})\b`),
  },
  {
    kind: "condemnation",
    pattern: /\bblam(?:e|es|ed|ing)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
    against: "after-on",
  },
  {
    kind: "condemnation",
    pattern: /\battribut(?:e|es|ed|ing)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
    against: "after-to",
  },
  {
    kind: "condemnation",
    pattern:
      /\b(?:link(?:s|ed)?|tied|connect(?:s|ed)|(?:publicly|formally|officially)\s+(?:accus(?:e|es|ed)|nam(?:e|es|ed)|identif(?:y|ies|ied)))\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "arrest",
    pattern: /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s)?|apprehend(?:ed|s)?|taken\s+into\s+custody)\b/gi,
    form: "verb",
    byGovernment: false,
  },
  {
    kind: "expulsion",
    pattern: /\bexpel(?:s|led|ling)?\s+(?:\S+\s+){0,4}?(?:diplomats?|officers|officials|ambassador)\b/gi,
    form: "verb",
    byGovernment: true,
  },
  { kind: "conviction", pattern: /\bconvicted\b|\bfound\s+guilty\b/gi, form: "verb", byGovernment: false },
  { kind: "extradition", pattern: /\bextradit(?:ed|ion|e)\b/gi, form: "verb", byGovernment: false },
  {
    kind: "reward",
    pattern:
      /\b(?:offer(?:s|ed|ing)?|pay|pays|paying|paid)\s+up\s+to\s+\$[\d.,]+\s*(?:million|m)?\s+(?:for|in\s+exchange\s+for)\s+information\b|\brewards?\s+of\s+up\s+to\b|\b(?:offer(?:s|ed|ing)?|announc\w+)\s+(?:a\s+|up\s+to\s+)?(?:\$[\d.,]+\s*(?:million|m)?\s+)?rewards?\b/gi,
    form: "verb",
    byGovernment: true,
  },
  {
    kind: "tip-request",
    pattern:
      /\b(?:seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?(?:tips|help|information|assistance)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  // "sentences" alone is as often a unit of text ("items are three sentences") as a verb.
  { kind: "sentencing", pattern: /\bsentenc(?:ed|ing)\b|\bjailed\s+for\b/gi, form: "verb", byGovernment: false },
  {
    kind: "sentencing",
    pattern: /\b(?:his|her|their|the)\s+sentence\b|['’]s\s+sentence\b|\bprison\s+(?:terms?|sentences?)\b/gi,
    form: "noun",
    byGovernment: false,
    corroborates: true,
  },
  {
    kind: "advisory",
    pattern: new RegExp(
      String.raw`\b(?:issu|releas|publish|shar)\w*\s+${W}{0,4}?(?:advisory|advisories|alerts?|warnings?|bulletins?|guidance|indicators\s+of\s+compromise|IoCs?|malware\s+samples?|technical\s+details|info(?:rmation)?\s+on\s+${W}{0,2}malware)\b`,
      "gi",
    ),
    form: "verb",
    byGovernment: true,
  },
  {
    kind: "advisory",
    pattern: new RegExp(
      String.raw`\bjoint\s+${W}{0,2}(?:advisory|advisories|report|alert|bulletin|guidance)\b|\b(?:cybersecurity|security|flash|technical)\s+(?:advisory|alert)\b|\bpublic\s+service\s+announcements?\b|\bindicators\s+of\s+compromise\b`,
      "gi",
    ),
    form: "noun",
    byGovernment: true,
    corroborates: true,
  },
  {
    kind: "advisory",
    pattern:
      /\bwarn(?:s|ed|ing)?\s+(?:of|about|against)\b|\bwarn(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:companies|organi[sz]ations|businesses|firms|the\s+public|users|operators|sector|industry|entities)\b|\bwarn(?:s|ed)?\s+(?:\w+\s+){0,3}?that\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
    object:
      /\b(?:activit\w+|attacks?|hack\w*|campaigns?|threats?|malware|group|APT\w*|cyber\w*|espionage|phishing|vulnerabilit\w+|exploit\w*|ransomware|intrusions?|breach\w*|compromis\w+|actors?)\b/i,
  },
  {
    kind: "seizure",
    pattern: /\bseiz(?:e|es|ed|ing)\b|\bseizures?\b/gi,
    form: "verb",
    byGovernment: false,
    object: INFRASTRUCTURE,
  },
  {
    kind: "takedown",
    pattern: /\b(?:took|take|takes|taking|taken)\s+down\b|\btakedowns?\b|\bdismantl(?:ed|es)\b|\bsinkhol(?:ed|es)\b/gi,
    form: "verb",
    byGovernment: false,
  },
  {
    kind: "takedown",
    pattern: /\bdisrupt(?:ed|s)\b/gi,
    form: "verb",
    byGovernment: false,
    object:
      /\b(?:group|actor|botnets?|infrastructure|servers?|campaigns?|APT\w*|gang|domains?|malware|[A-Z][a-z]+[A-Z0-9]\w*)\b|\b[A-Z][a-z]+\b/,
  },
  {
    kind: "takedown",
    pattern: /\b(?:took|take|takes|taking|taken)\s+(?:over|control\s+of)\b/gi,
    form: "verb",
    byGovernment: false,
    object: INFRASTRUCTURE,
  },
];
