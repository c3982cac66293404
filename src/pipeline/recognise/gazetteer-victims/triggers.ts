// The words by which English news says someone was hit — and the words that end the phrase naming who.
// Each pattern marks where the victims are: after the trigger ("broke into X", "attacks against X") or,
// for the passive, before it ("X was targeted", "X targeted by the group").

/** Nouns and attributes that make a country word the attacker, not the victim ("Chinese hackers"). */
export const ATTACKER_NOUNS =
  "hackers?|spies|spy|cyberspies|actors?|groups?|gangs?|operatives?|agents?|officers?|soldiers?|" +
  "military|army|intelligence|services?|APT\\w*|crews?|teams?|units?|nationals?|citizens?|businessm[ae]n|" +
  "m[ae]n|wom[ae]n|individuals?|cybercriminals?|criminals?|attackers?|adversar(?:y|ies)|campaigns?|" +
  "operations?|efforts?|espionage|cyber-?espionage|aggression|regime|authorities|spy agency|" +
  "intelligence services?|government hackers|state hackers|government-(?:linked|backed|sponsored)";

/** Words that may stand between a country word and its attacker noun ("Chinese state-sponsored hackers"). */
export const ATTACKER_FILLERS =
  "state|nation-state|state-sponsored|state-backed|state-linked|government|military|intelligence|cyber|" +
  "threat|hacking|espionage|cyber-espionage|cyberespionage|elite|alleged|suspected|notorious|advanced|" +
  "persistent|threat|main|security|nation|sponsored|backed|linked|military intelligence";

/** Hyphenated suffixes that tie a country to the attacker ("Iran-backed", "North Korean-linked"). */
export const SPONSOR_COMPOUNDS: ReadonlySet<string> = new Set([
  "backed",
  "linked",
  "sponsored",
  "affiliated",
  "aligned",
  "nexus",
  "directed",
  "controlled",
  "supported",
  "allied",
  "speaking",
  "origin",
]);

/** State security agencies whose possessor is the sponsor ("China's MSS", "Russia's GRU"). */
export const SPONSOR_AGENCIES =
  "MSS|GRU|FSB|SVR|RGB|IRGC|MOIS|PLA|SBU|Unit\\s+\\d+|Ministry of State Security|Reconnaissance General Bureau|" +
  "People's Liberation Army|military|intelligence|spy agency|security services?|government hackers";

const VICTIM_NOUN = "(?:cyber-?)?(?:attacks?|hacks?|breach(?:es)?|intrusions?|compromises?|heists?|thefts?)";

/** Triggers after which the victims are named. The victim phrase starts at the end of the match. */
export const AFTER_TRIGGERS: readonly RegExp[] = [
  /\b(?:targets|targeted|targeting|to target|(?:and|or|will|would|could|may|might) target)\b(?!\s+by\b)/gi,
  /\b(?:hacked|hacking|hack|hacks)\s+into\b/gi,
  /\b(?:hacked|to hack)\b(?!\s+by\b)(?!\s+into)/gi,
  /\bhacking\b(?=\s+(?:the|a|an|at least|more than|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|[A-Z](?!PT)))/g,
  /\b(?:broke|break|breaks|broken|breaking)\s+into\b/gi,
  /\b(?:breached|breaching|to breach)\b(?!\s+by\b)/gi,
  /\b(?:compromised|compromising|to compromise|compromises)\b(?!\s+by\b)/gi,
  /\b(?:attacked|attacking|to attack)\b(?!\s+by\b)/gi,
  /\b(?:penetrated|penetrating|to penetrate)\b(?!\s+by\b)/gi,
  /\b(?:defaced|defacing|sabotaged|sabotaging|wiped|knocked out|knock out|knocking out|took offline|taken offline)\b(?!\s+by\b)/gi,
  /\b(?:hit|hits|hitting|struck|strikes|striking)\b(?!\s+by\b)(?!\s+(?:with|back)\b)/gi,
  /\b(?:infiltrated|infiltrating|to infiltrate|infiltration of)\b(?!\s+by\b)/gi,
  /\b(?:spied|spying|spy|eavesdropped|eavesdropping)\s+on\b/gi,
  /\b(?:victimi[sz]es|victimi[sz]ed|victimi[sz]ing|crippled|crippling|infected|infecting)\b(?!\s+by\b)/gi,
  /\b(?:aimed|directed|focused|targeted)\s+at\b/gi,
  /\b(?:gained|gaining|gain|gains|had|has|have|obtained|obtaining)\s+(?:[\w-]+\s+){0,2}?access\s+(?:to|into|inside)\b/gi,
  /\baccess(?:ed|ing)\b(?!\s+by\b)/gi,
  /\b(?:gain(?:ed|ing|s)?|get|got)\s+(?:entry|a foothold)\s+(?:to|into|in|inside)\b/gi,
  /\bworm(?:ed|ing)?\s+(?:their|its|his|her)\s+way\s+into\b/gi,
  new RegExp(`\\b${VICTIM_NOUN}\\s+(?:on|against|of|into|targeting)\\b`, "gi"),
  // "further intrusions, including into NASA and into …"
  new RegExp(`\\b${VICTIM_NOUN},?\\s+(?:including|notably|especially|among them)\\s+(?:into|on|against)\\b`, "gi"),
  /\b(?:victims|targets|breaches|attacks|hacks|intrusions|incidents|compromises)\s+(?:have\s+)?(?:include|included|including|were|was|are|is)\b/gi,
  /\b(?:victims?|targets?)\s+(?:such as|like)\b/gi,
  // "losses to three victims: the county hospital, a port operator and …"
  /\b(?:victims|targets)\s*:/gi,
  // "Victims named in court papers include …"
  /\b(?:victims|targets)\b(?:\s+(?!(?:were|was|are|is|not|never)\b)[\w-]+){1,5}?\s+(?:include|included|including)\b/gi,
  // "went after think tanks"; not the punitive sense, "vowed to go after the rival for cheating on the deal".
  // "phishing emails sent to the ministry", "domains set up to mimic think tanks": whom the lure addressed or posed as.
  /\b(?:e-?mails?|messages|lures|links)\s+(?:were\s+|was\s+)?(?:sent|addressed|delivered)\s+to\b/gi,
  /\b(?:domains?|sites?|websites?|web\s+pages?|pages?|portals?)\b[^.;:]{0,40}?\b(?:mimic|mimics|mimicked|mimicking|impersonat(?:e|es|ed|ing)|spoof(?:s|ed|ing)?)\b(?!\s+by\b)/gi,
  /\b(?:go|goes|going|went|gone)\s+after\b(?!\s+(?:[\w-]+\s+){1,3}?for\s+\w+ing\b)/gi,
  // "a scheme to rob banks", "moved money out of banks in …": theft names whom it was taken from.
  /\b(?:rob|robs|robbed|robbing|robbery\s+of|robberies\s+of|loot|looted|looting)\b(?!\s+by\b)/gi,
  /\b(?:move|moves|moved|moving|transfer|transferred|transferring|wire|wired|wiring)\s+(?:\w+\s+){0,2}?(?:money|funds|cash|millions?)\s+(?:out\s+of|from)\b/gi,
  // "a significant effect on the government of …", "the impact on hospitals": the harm names who bore it.
  // (The lookahead first, so the lookbehind's backward scan runs only where such an adjective starts.)
  /\b(?=(?:significant|serious|severe|major|disruptive|damaging|direct)\s)(?<=\b(?:attacks?|intrusions?|breach(?:es)?|hacks?|hacking|campaigns?|operations?|malware|ransomware|wipers?|compromises?)\b[^.;]{0,80})(?:significant|serious|severe|major|disruptive|damaging|direct)\s+(?:effects?|impacts?)\s+on\b/gi,
  // "its long interest in aviation and energy companies": a group's interest in a kind of victim is its targeting.
  /\b(?:its|their|a|long|long-standing|longstanding|particular|persistent|sustained|keen)\s+(?:\w+\s+)?interest\s+in\b(?=\s+(?:[\w-]+\s+){0,4}?(?:companies|firms|businesses|organi[sz]ations|entities|sectors?|industr(?:y|ies)|governments?|agencies|institutions|operators|providers)\b)/gi,
  // "Victims were located in several states. One of them, the water authority of X, found its controller defaced"
  /^\s*(?:One|Another|Among)\s+(?:of\s+)?(?:them|the\s+(?:victims|targets)|(?:such\s+)?(?:victims?|targets?))\s*,(?=[^.;]*\b(?:defaced|breached|hacked|compromised|attacked|infected|disrupted|wiped|hit|targeted|intrusions?|attacks?|breach(?:es)?))/gi,
  /\b(?:victims|targets)\s+(?:have\s+)?(?:span|spanned|spanning|range|ranged|ranging)\s+(?:from\s+)?/gi,
  /\b(?:focused|focusing|focuses|concentrated|concentrating)\s+on\b/gi,
  // "Affected organizations, it said, were mainly in the communications, energy … sectors"
  /\b(?:affected|targeted|compromised|victim)\s+(?:organi[sz]ations|entities|companies|networks|sites)\b[^.;]{0,30}?\b(?:were|are|was|is)\s+(?:\w+\s+)?(?:in|from|within)\b/gi,
  // "positioning themselves inside water treatment plants"
  /\b(?:pre-?)?(?:position(?:ing|ed|s)?|embedd?(?:ed|ing)?|burrow(?:ed|ing)?)\s+(?:themselves\s+|itself\s+)?(?:inside|into|within)\b/gi,
  // "documents against Turkish government institutions": against, then a kind of victim
  /\bagainst\b(?=\s+(?:[\w-]+\s+){0,3}(?:institutions|organi[sz]ations|companies|agencies|ministries|governments|entities|firms|businesses|universities|hospitals|banks|targets)\b)/gi,
  // "APT31 against Jane Roe's campaign": a group set against a political campaign.
  /\bagainst\b(?=\s+(?:[\w'’.-]+\s+){0,4}?(?:(?:presidential|re-?election|election|political)\s+)?campaigns?\b)(?!\s+(?:a|an|the)\s+(?:\w+\s+)?campaign\s+(?:of|by)\b)/gi,
  /\b(?:sought|seeking|seek|seeks|tried\s+to\s+(?:gain|get|obtain)|attempted\s+to\s+(?:gain|get|obtain))\s+(?:\w+\s+){0,2}?access\s+(?:to|into|inside)\b/gi,
  /\bamong\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:compromised|breached|hacked|targeted|affected|hit)\s+(?:were|was|are|is)\b/gi,
  /\b(?:malware|implants?|backdoors?|worms?|web\s*shells?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:found|discovered|detected|observed|spotted)\s+(?:on|in|inside)\b/gi,
  // "stayed inside the networks of the committee for months"
  /\b(?:stayed|remained|lurked|lurking|persisted|hid|hiding)\s+(?:undetected\s+)?(?:inside|in|within)\b/gi,
  // "In Vietnam, Myanmar and Mongolia, infections remain high": a fronted place list, then the harm.
  /^\s*In\b(?=\s[^.;]{2,120}?,\s+(?:infections?|intrusions?|compromises?|breaches|victims?|the\s+(?:attacks?|intrusions?|malware|worm|campaign))\b)/g,
  // "In the United States the intrusions reached …": the same without the comma, the place named in capitals.
  /^\s*In\b(?=\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}the\s+(?:attacks?|intrusions?|breaches|compromises?|infections?|campaign|malware|hackers)\s)/g,
  // "charges of hacking companies in …": hacking as a verb, its object a kind of victim.
  /\bhacking\b(?=\s+(?:[\w-]+\s+){0,2}(?:companies|firms|businesses|agencies|organi[sz]ations|universities|banks|hospitals|governments|ministries|networks|computers|systems|providers|contractors|manufacturers|operators)\b)/gi,
  // "the intrusions reached water facilities", "the attack disrupted …"
  /\b(?:intrusions?|attacks?|breach(?:es)?|campaigns?|operations?|malware|worms?|wipers?|ransomware)\s+(?:\w+\s+)?(?:reached|affected|impacted|disrupted)\b(?!\s+by\b)/gi,
  // "we have seen the same worm in shipping companies"
  /\b(?:seen|found|detected|discovered|observed|spotted)\s+(?:the\s+)?(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:worm|malware|implants?|backdoors?|infections?|intrusions?|activity)\s+(?:in|on|at|inside)\b/gi,
  /\bamong\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:victims|targets)\s+(?:was|were|are|is|included|include)\b/gi,
  /\b(?:st(?:eal|eals|ole|olen|ealing)|thefts?|exfiltrat\w*|siphon\w*|pilfer\w*|captur\w*|gather\w*|collect\w*)\b[^.;:!?]{0,60}?\bfrom\b/gi,
  new RegExp(`\\b${VICTIM_NOUN}\\b[^.;:!?]{0,50}?\\bat\\b(?=\\s+(?:the\\b|a\\b|an\\b|\\p{Lu}))`, "giu"),
  /\b(?:attacks?|cyber-?attacks?|hacks?|hacking|campaigns?|operations?|activit(?:y|ies)|espionage|spying|intrusions?|phishing|spear-?phishing|strikes?|aggression|capabilit(?:y|ies)|threats?|ransomware|malware|reconnaissance|surveillance|probing|scanning|password[- ]spray(?:ing)?)\b(?:\s+[\w-]+){0,3}?\s+against\b/gi,
];

/** Passive triggers: the victims are named before them ("X was breached", "X targeted by"). */
export const BEFORE_TRIGGERS: readonly RegExp[] = [
  /\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+|also\s+|all\s+){0,2}(?:targeted|hacked|breached|compromised|attacked|infiltrated|penetrated|affected|hit|impacted|victimi[sz]ed|infected|struck|spied on)\b/gi,
  /\b(?:targeted|hacked|breached|compromised|attacked|infiltrated|penetrated)\s+by\b/gi,
  /\b(?:fell|fall|falls|became)\s+(?:a\s+)?victims?\s+(?:to|of)\b/gi,
  /\b(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:among\s+)?(?:(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:victims?|targets?)|an?\s+(?!legitimate\b|potential\b|possible\b|likely\b|obvious\b)(?:\w+\s+)?target)\b/gi,
];

/** Where a victim phrase after a trigger ends. */
export const AFTER_STOP = new RegExp(
  [
    "[;:!?]",
    "\\s[-\\u2013\\u2014]\\s",
    "\\s\\((?:something|which|who|see)\\b",
    "(?<=,)\\s+(?:naming|linking|tying|saying|adding|citing|accusing|blaming|calling|describing|noting|warning|urging|prompting|causing|forcing|stealing|using|exploiting|deploying|sending|posing|seeking)\\b",
    "(?<!\\b(?:associated|affiliated|connected|linked)\\s)\\bwith\\b",
    "(?<!\\b(?:operated|owned|run|managed|maintained|used)\\s)\\b(?:by|of interest to|using|via|through|after|before|since|until|because|due to|so that|in order to|" +
      "in an effort to|as part of|as a way|according to|for the purpose of|in support of|on behalf of|said|says|say|told|added|who|which|whose|where|when|" +
      "while|but|that|whether|if|although|was|were|is|are|has|have|had|will|would|though|unless|despite|amid)\\b",
    "(?<!\\bwell\\s|\\bsuch\\s)\\bas\\b(?!\\s+well\\s+as)",
    "(?<!\\bbelong(?:s|ed|ing)?\\s)\\bto\\s+(?!the\\b|a\\b|an\\b|their\\b|its\\b|his\\b|her\\b|more\\b|other\\b|several\\b|multiple\\b|" +
      "at\\b|about\\b|over\\b|nearly\\b|some\\b|dozens\\b|hundreds\\b|thousands\\b|U\\.?S\\b)[a-z]+",
  ].join("|"),
  "g",
);

/** A speech tail ", the US government said today" that ends a victim phrase at its comma. */
export const SPEECH_TAIL = /,["']?\s+[^,]{0,90}?\s(?:said|says|say|added|reported|told|stated|noted|wrote)\b/;

/** Where a passive victim phrase starts: the last clause boundary before the trigger. */
export const BEFORE_START =
  /(?:^|[;:(]|\s[-\u2013\u2014]\s|,\s+(?:and|but|while|although|as|after|before|when|since)\s|\b(?:that|which|who|whom|whose)\s|\b(?:said|says|say|saying|stated|added|warned|reported|revealed|announced|disclosed|confirmed|noted|believes?|told\s+\w+)\s+(?:that\s+)?)/g;

/** Negation right before a trigger ("were not compromised", "did not target"). */
export const NEGATED_BEFORE = /\b(?:not|never|no|n't|without|nor)\s+(?:\w+\s+){0,1}$/i;

/** Subjects that hit without hacking ("sanctions hit Russian banks", "the ban targets Chinese firms"). */
export const NON_CYBER_SUBJECT =
  /\b(?:sanctions?|tariffs?|bans?|indictments?|charges|lawsuits?|measures|restrictions|penalt(?:y|ies)|fines?|regulations|legislation)\s+(?:(?!that\b|which\b|who\b)\w+\s+){0,2}$/i;

/** Sentences that only speculate about a victim ("a breach of suppliers cannot be ruled out", "it is possible that …"). */
export const SPECULATION =
  /\b(?:cannot be ruled out|can't be ruled out|could not rule out|not ruled out|it is possible that|it's possible that|there is no evidence|assume\s+(?:that\s+)?(?:every|all|any|each))\b/i;

/** A sentence that says the countries of the one before were hit ("All were targeted in …"). */
export const ANAPHORIC_VICTIMS =
  /^\s*(?:All|Each|Both|They|These|Those|All of them|All of these|Each of them)\b[^.;]{0,40}?\b(?:were|was|have been|had been|are|is)\s+(?:\w+\s+){0,2}?(?:targeted|hacked|breached|compromised|attacked|victims|targets|hit|affected)\b/;

/** Cues that a victim was a way in to others (managed service providers to their clients). */
export const ACCESS_PATH_CUES =
  /\b(?:worm(?:ed|ing)?\s+(?:their|its)\s+way\s+into|supply[- ]chain|through\s+(?:their|its|the)\s+(?:suppliers?|vendors?|providers?|service providers?|contractors?)|third[- ]party|(?:clients?|customers?)\s+of\b|providers?'\s*(?:clients?|customers?)|as\s+a\s+(?:way|means|stepping stone|springboard)\s+(?:to|of|for|into)|gain\s+(?:entry|access)\s+to\b[^.]{0,60}\bthrough|pivot(?:ed|ing)?\s+(?:to|into)|downstream|stepping[- ]stone|springboard|(?:their|its)\s+targets'\s+networks)/i;
