// The vendors' naming schemes, one table per vendor: a name that follows one ("Fluffy Panda", "UNC9999",
// "Storm-1234") names a threat actor even when the catalogue does not know it yet. Such an actor is
// discovered, unconfirmed, with the naming vendor and what the scheme says about it.
import type { ActorDiscovery } from "../../core/index.ts";

type Motive = ActorDiscovery["motive"];

export interface NamingScheme {
  readonly vendor: string;
  /** A designation: the whole name matches this (letters and a number, say). */
  readonly code?: RegExp;
  /** An adjective-noun name: "<Word> Panda" (suffix) or "Bronze <Word>" (prefix). */
  readonly word?: string;
  readonly position?: "suffix" | "prefix";
  readonly country: string | null;
  readonly motive: Motive;
}

const suffix = (vendor: string, word: string, country: string | null, motive: Motive): NamingScheme => ({
  vendor,
  word,
  position: "suffix",
  country,
  motive,
});
const prefix = (vendor: string, word: string, country: string | null, motive: Motive): NamingScheme => ({
  vendor,
  word,
  position: "prefix",
  country,
  motive,
});
const code = (vendor: string, re: RegExp, motive: Motive = null): NamingScheme => ({
  vendor,
  code: re,
  country: null,
  motive,
});

export const NAMING_SCHEMES: readonly NamingScheme[] = [
  code("Mandiant", /^APT ?\d{1,3}$/, "state"),
  code("Mandiant", /^UNC ?\d{2,5}$/),
  code("Mandiant", /^FIN ?\d{1,3}$/, "criminal"),
  code("Mandiant", /^TEMP\.\p{Lu}\p{Ll}+$/u),
  code("Proofpoint", /^TA ?\d{3,4}$/),
  code("Microsoft", /^DEV-\d{3,4}$/),
  code("Microsoft", /^Storm-\d{3,4}$/),
  code("CERT-UA", /^UAC-\d{4}$/),
  code("Cisco Talos", /^UAT-\d{3,4}$/),
  code("Recorded Future", /^TAG-\d{2,3}$/),
  code("Qihoo 360", /^APT-C-\d{2,3}$/, "state"),
  code("QiAnXin", /^APT-Q-\d{1,3}$/, "state"),
  code("Secureworks", /^TG-\d{4}$/),
  code("Palo Alto Networks", /^CL-STA-\d{4}$/, "state"),
  code("Palo Alto Networks", /^CL-CRI-\d{4}$/, "criminal"),
  code(
    "Recorded Future",
    /^(?:Blue|Red|Green|Purple|Gr[ae]y)(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Xray|Yankee|Zulu)$/,
  ),
  suffix("CrowdStrike", "Panda", "CN", "state"),
  suffix("CrowdStrike", "Bear", "RU", "state"),
  suffix("CrowdStrike", "Kitten", "IR", "state"),
  suffix("CrowdStrike", "Chollima", "KP", "state"),
  suffix("CrowdStrike", "Tiger", "IN", "state"),
  suffix("CrowdStrike", "Buffalo", "VN", "state"),
  suffix("CrowdStrike", "Crane", "KR", "state"),
  suffix("CrowdStrike", "Leopard", "PK", "state"),
  suffix("CrowdStrike", "Spider", null, "criminal"),
  suffix("CrowdStrike", "Jackal", null, "hacktivist"),
  suffix("Microsoft", "Typhoon", "CN", "state"),
  suffix("Microsoft", "Blizzard", "RU", "state"),
  suffix("Microsoft", "Sandstorm", "IR", "state"),
  suffix("Microsoft", "Sleet", "KP", "state"),
  suffix("Microsoft", "Cyclone", "VN", "state"),
  suffix("Microsoft", "Hail", "KR", "state"),
  suffix("Microsoft", "Dust", "TR", "state"),
  suffix("Microsoft", "Tempest", null, "criminal"),
  suffix("Microsoft", "Tsunami", null, "commercial"),
  suffix("Microsoft", "Flood", null, "influence"),
  suffix("Palo Alto Networks", "Taurus", "CN", "state"),
  suffix("Palo Alto Networks", "Ursa", "RU", "state"),
  suffix("Palo Alto Networks", "Serpens", "IR", "state"),
  suffix("Palo Alto Networks", "Pisces", "KP", "state"),
  suffix("Palo Alto Networks", "Libra", null, "criminal"),
  prefix("Secureworks", "Bronze", "CN", "state"),
  prefix("Secureworks", "Iron", "RU", "state"),
  prefix("Secureworks", "Cobalt", "IR", "state"),
  prefix("Secureworks", "Nickel", "KP", "state"),
  prefix("Secureworks", "Gold", null, "criminal"),
  prefix("Trend Micro", "Earth", null, null),
];

/**
 * Ordinary English compounds of the schemes' words, which no vendor name is: the animal, the storm, the
 * superhero, the beach, the holiday. Kept as phrases so that a rule reads "Red Panda" as the animal.
 */
export const ORDINARY_COMPOUNDS = new Set(
  (
    "red panda|giant panda|great panda|baby panda|kung fu panda|polar bear|brown bear|black bear|" +
    "grizzly bear|teddy bear|koala bear|sun bear|moon bear|honey bear|cave bear|spectacled bear|great bear|" +
    "little bear|big bear|sloth bear|care bear|paddington bear|gentle bear|hello kitten|sex kitten|" +
    "bengal tiger|siberian tiger|tamil tiger|paper tiger|white tiger|celtic tiger|tasmanian tiger|" +
    "crouching tiger|snow leopard|clouded leopard|amur leopard|black leopard|whooping crane|sandhill crane|" +
    "tower crane|red crane|water buffalo|cape buffalo|wild buffalo|african buffalo|buffalo bill|wolf spider|" +
    "black widow spider|huntsman spider|jumping spider|house spider|garden spider|money spider|golden jackal|" +
    "super typhoon|violent typhoon|deadly typhoon|powerful typhoon|tropical cyclone|severe cyclone|" +
    "super cyclone|powerful cyclone|arctic blizzard|activision blizzard|great blizzard|dust storm|gold dust|" +
    "star dust|fairy dust|saharan dust|desert sandstorm|freezing sleet|flash flood|great flood|iron man|" +
    "iron age|iron curtain|iron lady|iron dome|iron maiden|iron bridge|iron cross|iron horse|iron fist|" +
    "iron ore|iron works|iron mountain|iron throne|iron giant|iron chef|iron range|gold coast|gold rush|" +
    "gold medal|gold cup|gold standard|gold star|gold card|gold mine|gold reserve|gold bar|gold price|" +
    "gold award|gold record|gold member|gold glove|gold league|gold river|earth day|earth hour|earth science|" +
    "earth sciences|earth summit|earth observatory|earth observation|earth institute|earth wind|earth system|" +
    "earth systems|earth orbit|cobalt strike|cobalt blue|cobalt mine|cobalt mining|bronze age|bronze medal|" +
    "bronze star|bronze statue|nickel plate|nickel mine|nickel mining|nickel price|perfect storm"
  ).split("|"),
);

/** Words that cannot be the distinctive half of a vendor name: determiners, numbers, months, days. */
export const NOT_A_NAME_WORD = new Set(
  (
    "the a an this that these those its their our his her my your every each some any no one two three four five six " +
    "seven eight nine ten first second new old last next another other such same super great little big " +
    "january february march april may june july august september october november december monday tuesday wednesday " +
    "thursday friday saturday sunday spring summer autumn winter fall"
  ).split(" "),
);
