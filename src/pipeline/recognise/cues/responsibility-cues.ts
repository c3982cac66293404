// More ways news says a government holds someone responsible, or disrupted their tools: "judged the SVR
// responsible", "identified … as responsible for", "named … as the agency behind", "assesses that the GRU was
// almost certainly responsible", "went public with", "remotely deleted the malware", "a court-authorized operation".
// A lexicon like action-cues.ts, whose list these join.
import type { ActionCue } from "./action-cues.ts";

/** Words that say who did it: the assessment is an attribution only when the sentence has them. */
const RESPONSIBLE =
  /\b(?:responsible|behind|carried\s+out|conducted|perpetrat\w+|culprits?|attributable|orchestrat\w+|(?:was|were|is|are)\s+(?:almost\s+certainly\s+|likely\s+|highly\s+likely\s+)?(?:the\s+)?(?:ones?|actors?)\s+who)\b/i;
const STATE = String.raw`China|Chinese|Beijing|Russia|Russian|Moscow|Kremlin|Iran|Iranian|Tehran|North\s+Korea|North\s+Korean|Pyongyang|GRU|FSB|SVR|MSS|IRGC|MOIS|PLA|RGB`;
const MALWARE =
  /\b(?:malware|implants?|botnets?|backdoors?|worms?|trojans?|web\s*shells?|infections?|routers?|devices|computers|servers|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*)\b/;

export const RESPONSIBILITY_CUES: readonly ActionCue[] = [
  {
    // "The United Kingdom today joined partners in the European Union … in attributing to Russia a cyber-attack"
    kind: "condemnation",
    pattern:
      /\bjoin(?:s|ed|ing)?\s+(?:[^.;]{0,120}?)\bin\s+(?:formally\s+|publicly\s+)?(?:attributing|blaming|condemning|accusing|calling\s+out)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "condemnation",
    pattern:
      /\b(?:judg|assess|conclud|determin)(?:e|es|ed|ing)?\s+(?:\S+\s+){0,3}?(?:that\b|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:to\s+be\s+|was\s+|were\s+)?(?:responsible|behind)\b)/g,
    form: "verb",
    byGovernment: true,
    byNamed: true,
    requires: RESPONSIBLE,
  },
  {
    kind: "condemnation",
    pattern:
      /\b(?:identif(?:y|ies|ied)|nam(?:e|es|ed)|singl(?:e|ed)\s+out)\s+(?:\S+\s+){1,9}?as\s+(?:being\s+)?(?:the\s+)?(?:\S+\s+){0,2}?(?:responsible|behind|perpetrators?|culprits?)\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "condemnation",
    pattern: /\b(?:went|go|goes|gone)\s+public\s+with\b/gi,
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "condemnation",
    pattern: new RegExp(
      // "went further on Monday, saying …": the cue takes in the verb it hangs on, whose subject speaks.
      String.raw`\b(?:(?:[a-z]+\s+)?[a-z]+(?:\s+on\s+[A-Z]\w+)?,\s*)?(?:saying|said|says|stated)\s+(?:that\s+)?(?=(?:the\s+)?(?:${STATE})\b[^.;]{0,40}?\b(?:was|were|is|are)\s+(?:also\s+)?(?:almost\s+certainly\s+)?(?:behind|responsible)\b)`,
      "g",
    ),
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    // "FBI Director X told a House committee that Chinese hackers were positioning themselves …": an official
    // who says a state's hackers are at work blames that state.
    kind: "condemnation",
    pattern: new RegExp(
      String.raw`\b(?:warn(?:ed|s)?|told(?:\s+[\w-]+){0,4}?|testified)\s+that\s+(?=(?:the\s+)?(?:${STATE})\s+(?:(?:government|state|military|state-sponsored|state-backed)\s+)?(?:hackers|spies|cyber\s+actors|operatives)\b)`,
      "g",
    ),
    form: "verb",
    byGovernment: true,
    byNamed: true,
  },
  {
    kind: "takedown",
    pattern:
      /\b(?:remotely\s+)?(?:deleted|removed|wiped|erased|neutrali[sz]ed|disabled)\b(?=\s+(?:\S+\s+){0,6}?(?:malware|implants?|botnets?|backdoors?|from\s+(?:\S+\s+){0,3}(?:computers|devices|routers|machines|networks)))/gi,
    form: "verb",
    byGovernment: false,
    object: MALWARE,
  },
  {
    kind: "takedown",
    pattern:
      /\bcourt-(?:authori[sz]ed|ordered|approved)\s+(?:\w+\s+){0,2}?(?:operations?|takedowns?|disruptions?)\b|\bdisinfection\s+(?:campaigns?|operations?)\b/gi,
    form: "noun",
    byGovernment: false,
  },
];
