// The words around a software name that say it is software: a software noun beside it ("the Royal
// ransomware", "a backdoor called X"), malware context in its sentence ("deployed", "payload", "C2"), or a
// capitalised neighbour that makes it part of a longer proper noun ("Royal Mail", "Epic Games").

/** Nouns for kinds of malicious or dual-use software. */
export const SOFTWARE_NOUNS = String.raw`malware|ransomware|backdoors?|trojans?|RATs?|loaders?|implants?|wipers?|worms?|viruse?s?|spyware|botnets?|bots?|toolkits?|tools?|utilit(?:y|ies)|strains?|variants?|samples?|droppers?|downloaders?|stealers?|infostealers?|payloads?|rootkits?|bootkits?|keyloggers?|web ?shells?|frameworks?|beacons?|exploit kits?|malicious (?:tool|software|program|code)s?`;

const NOUN_AFTER = new RegExp(
  String.raw`^(?:['’]s)?["'”’]?(?:\s+\(\w[^()]{0,40}\))?[\s-]+((?:[\p{L}-]+\s+){0,2})(?:${SOFTWARE_NOUNS})\b`,
  "iu",
);
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:${SOFTWARE_NOUNS})[,:]?\s+(?:(?:called|named|dubbed|known\s+as|tracked\s+as|such\s+as|like|including|codenamed|code-named)\s+)?["'“‘]?$`,
  "iu",
);

/** Words that make a sentence about malware and its use. */
const MALWARE_CONTEXT = new RegExp(
  String.raw`\b(?:${SOFTWARE_NOUNS}|malicious|C2|C&C|command[- ]and[- ]control|deploy(?:s|ed|ing|ment)?|dropp(?:ed|ing)|install(?:s|ed|ing)?|infect(?:s|ed|ing|ions?)?|exploit(?:s|ed|ing)?|post-exploitation|penetration[- ]testing|red[- ]team(?:ing)?|encrypt(?:s|ed|ing|ion)|ransom|hack(?:s|ed|ers?|ing)?|cyber\w*|threat actors?|attackers?|intru(?:sions?|ders?)|lateral movement|persistence|compromise[sd]?|espionage|exfiltrat\w+|APT\s?\d+)\b`,
  "iu",
);

/** Words between a name and a noun that show the noun is about something else ("growth in ransomware"). */
const FUNCTION_WORD = /\b(?:in|of|for|to|on|at|by|with|from|and|or|the|a|an|as|than|that|which|is|was|are|were)\b/i;

/** True when a software noun stands right after or right before the name ("HyperBro malware", "a RAT called X"). */
export function hasSoftwareNoun(before: string, after: string): boolean {
  const m = NOUN_AFTER.exec(after);
  // Words between the name and the noun describe it ("remote access trojan"); a capitalised one is another
  // name ("Royal Mail ransomware attack").
  if (m && !/\p{Lu}/u.test(m[1] ?? "") && !FUNCTION_WORD.test(m[1] ?? "")) return true;
  return NOUN_BEFORE.test(before);
}

/** True when the sentence (without the name itself) speaks of malware and its use. */
export function hasMalwareContext(sentenceWithoutName: string): boolean {
  return MALWARE_CONTEXT.test(sentenceWithoutName);
}

/** Capitalised words that may stand next to a name without being part of it. */
const NEIGHBOURS_OK = new Set(
  (
    "the a an and or but in on at by for from as of to also while when after before since that this these those " +
    "both like with unlike its their new custom his her our latest dubbed called named used deployed"
  ).split(" "),
);

const NOUN_WORD = new RegExp(String.raw`^(?:${SOFTWARE_NOUNS}|ransomware|RaaS)$`, "iu");

/**
 * True when a capitalised word joins the name into a longer proper noun ("Royal Mail", "Epic Games",
 * "Russian Empire"): the name is then not software. `sentenceInitial` says the name opens its sentence.
 */
export function isCompound(before: string, after: string, sentenceInitial: boolean): boolean {
  const next = /^ ([\p{Lu}][\p{L}\p{N}'’-]*)/u.exec(after)?.[1];
  if (next !== undefined && !NOUN_WORD.test(next) && !NEIGHBOURS_OK.has(next.toLowerCase())) return true;
  if (sentenceInitial) return false;
  const prev = /([\p{Lu}][\p{L}\p{N}'’-]*) $/u.exec(before)?.[1];
  return prev !== undefined && !/['’]s?$/.test(prev) && !NEIGHBOURS_OK.has(prev.toLowerCase());
}
