// The words around named victim organisations: institution nouns ("election commission", "lab"), what an
// organisation's people and assets are called ("members", "networks"), the agencies that act on intrusions
// rather than suffer them, and the verbs by which a vendor or an outlet reports (never a victim for that).

/** Singular institution nouns that end a possessed or country-qualified organisation ("NASA's jet propulsion lab"). */
export const INSTITUTION_NOUNS =
  "commission|committee|lab|laboratory|bank|parliament|ministry|department|agency|office|studios?|council|court|" +
  "senate|congress|government|navy|army|air force|military|police|embassy|consulate|university|hospital|" +
  "authority|administration|bureau|service|institute|foundation|party|headquarters|division|subsidiary|" +
  "assembly|legislature|cabinet|presidency|treasury|regulator|exchange|airline|port|newspaper|broadcaster|utility";

/** Words after a name that make it the owner of what was hit ("Bundestag members", "Wells Fargo account"). */
export const MEMBER_OR_ASSET =
  "members|member|employees|staff|personnel|representatives|officials|executives|customers|users|subscribers|" +
  "networks?|systems?|servers?|computers?|accounts?|e-?mails?|data|databases?|websites?|sites?|infrastructure|" +
  "heists?|hacks?|attacks?|breach(?:es)?|intrusions?|compromises?|incidents?|thefts?|headquarters|offices|" +
  "facilit(?:y|ies)|plants?|employee|inboxes|mailboxes|devices|phones|records|files|documents";

/** Event nouns after a name that make it the victim anywhere in a text ("the 2014 Sony attack"). */
export const EVENT_AFTER =
  /^\s+(?:supply-chain\s+|data\s+|email\s+)?(?:cyber-?)?(?:attacks?|hacks?|heists?|breach(?:es)?|intrusions?|compromises?)\b/;

/** Agencies that investigate, charge, sanction or advise: actors of the response, not victims. */
export const ACTING_AGENCIES: ReadonlySet<string> = new Set([
  "FBI",
  "CISA",
  "NSA",
  "DOJ",
  "DHS",
  "OFAC",
  "NCSC",
  "BfV",
  "BSI",
  "GCHQ",
  "ANSSI",
  "ACSC",
  "CCCS",
  "Europol",
  "Eurojust",
  "Interpol",
  "INTERPOL",
  "Justice Department",
  "Department of Justice",
  "Federal Bureau of Investigation",
  "Cybersecurity and Infrastructure Security Agency",
  "National Security Agency",
  "Office of Foreign Assets Control",
  "Treasury",
  "Treasury Department",
  "State Department",
  "White House",
  "Cyber Command",
  "European Council",
  "Council of the European Union",
  "European Commission",
  "Rewards for Justice",
  "District Court",
  "Prosecutors",
  // Germany's domestic intelligence offices, federal and state, in any English rendering of their name.
  "Protection of the Constitution",
  "Verfassungsschutz",
  "National Cyber Security Centre",
  "Digital Crimes Unit",
  "Threat Intelligence Center",
]);

/** Verbs whose subject reports, acts or responds ("Symantec said", "Microsoft seized", "Cisco has revealed"). */
export const REPORTING_VERBS =
  "said|says|say|told|tells|reported|reports|revealed|reveals|found|finds|observed|tracks|tracked|believes|" +
  "warned|warns|added|wrote|noted|announced|announces|disclosed|discloses|confirmed|confirms|attributed|linked|" +
  "assessed|assesses|identified|discovered|seized|seizes|sued|filed|asked|issued|sanctioned|charged|indicted|" +
  "arrested|blamed|published|urged|stated|explained|alleged|accused|designated|condemned|shared|released|" +
  "spotted|uncovered|detected|tied|described|estimates|estimated|investigated|investigating|is offering|offered";

/** Phrases before a name that make it a source ("according to Reuters", "told Reuters", "courtesy of CNBC"). */
export const SOURCE_BEFORE =
  /\b(?:according to|told|courtesy of|reported by|via|per|in an interview with|a report from|a report by)\s+(?:the\s+)?$/i;

/** Capitalised words that start a sentence or a list and are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    "The A An This That These Those All Some Many Most It They We He She In On At For But And Or Also However Past " +
    "Previous Other Its Their His Her Our Among Including Such Both Each Every One Two Three Several Between " +
    "Since After Before During According While Although Earlier Later Last Next First Second Agencies Victims " +
    "Targets Companies Organizations Hackers Officials Who What Where When Why How"
  ).split(" "),
);

/** Month and weekday names: capitalised, never organisations. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "January February March April May June July August September October November December Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);

/** Capitalised words that alone name a kind of institution, not one organisation ("Parliament", "Navy"). */
export const GENERIC_CAPITALISED: ReadonlySet<string> = new Set(
  (
    "Parliament Parliaments Navy Army Government Ministry Department Agency Office Council Senate Congress " +
    "Federal National State Regional Central Foreign Defense Defence Security Internet Cybersecurity " +
    "Infrastructure Bank Police Military Commission Court University Hospital Embassy Institute Authority"
  ).split(" "),
);

/** Acronyms of kinds of victim (sectors), never one organisation. */
export const SECTOR_ACRONYMS: ReadonlySet<string> = new Set(
  "ISP ISPs MSP MSPs MSSP MSSPs NGO NGOs ICS IT OT SCADA VPN DIB SMB SMBs SME SMEs MPs MEPs CEOs".split(" "),
);

/** A role noun or title right before a name makes it a person ("campaign chairman John Podesta"). */
export const PERSON_BEFORE =
  /\b(?:chairman|chairwoman|chair|spokes(?:man|woman|person)|minister|secretary|director|official|executive|ceo|cto|ciso|founder|president|ambassador|researcher|journalist|reporter|lawmaker|senator|congressman|congresswoman|analyst|advis[eo]r|chief|head|governor|mayor|activist|dissident|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sen\.?|Rep\.?)\s+$/i;

/** Titles that begin a person's name ("President Xi Jinping", "Prime Minister Rishi Sunak"). */
export const PERSON_TITLE =
  /^(?:President|Prime Minister|Minister|Senator|Secretary|Governor|General|Chancellor|King|Queen|Prince|Sheikh|Judge|Justice|Ambassador)\s/;

/** Words that end the name of a product, not of an organisation ("Exchange Server", "IOS XE"). */
export const PRODUCT_WORDS =
  /(?:^|\s)(?:Server|Servers|Exchange|SharePoint|Windows|Outlook|Office 365|Microsoft 365|IOS|XE|VPN|Router|Routers|Firewall|Gateway|Cloud|OS|Linux|Android|iOS|Chrome|Edge|Teams|Zoom|SelfService|ADSelfService|ManageEngine|Plus|Pro|Suite|Platform)$/;

/** Adjectives of vulnerable software before a product name ("unpatched Exchange servers"). */
export const PRODUCT_BEFORE =
  /\b(?:unpatched|vulnerable|on-premises|on-prem|exposed|outdated|internet-facing|internet-exposed)\s+$/i;

/** Malware whose name news puts before "attack" ("the NotPetya attack"): not a victim organisation. */
export const MALWARE_NAMES: ReadonlySet<string> = new Set(
  (
    "NotPetya Petya WannaCry Shamoon Stuxnet Industroyer Industroyer2 CrashOverride CrashOverRide BlackEnergy " +
    "KillDisk Triton Trisis HermeticWiper WhisperGate AcidRain Sunburst Emotet TrickBot Ryuk Conti LockBit " +
    "Mirai VPNFilter Olympic Destroyer Flame Duqu"
  ).split(" "),
);

/** Naming schemes of threat groups, so a group named in a victim phrase is not taken for a victim. */
export const ACTOR_NAME =
  /^(?:APT\s?-?\d+|UNC\d+|FIN\d+|TA\d+|DEV-\d+|Storm-\d+|G\d{4}|Lazarus|Equation|Turla|Sandworm|.*\b(?:Typhoon|Panda|Bear|Kitten|Chollima|Spider|Blizzard|Sandstorm|Sleet|Tempest|Dust|Hail|Tsunami|Group|Team|Gang))$/;
