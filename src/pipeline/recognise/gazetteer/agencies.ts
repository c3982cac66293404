// Intelligence and military agencies, their bureaus and numbered units, and the front companies and contractors
// public indictments and sanctions have tied to them: name, abbreviations, country, and the body above each.
// Facts from public government documents (DOJ indictments, Treasury designations, joint advisories).

export type SponsorEntryLevel = "agency" | "unit" | "front-company";

export interface SponsorEntry {
  readonly key: string;
  readonly level: SponsorEntryLevel;
  /** ISO 3166-1 alpha-2 of the state behind it. */
  readonly country: string;
  /** Full names, matched without regard to case. */
  readonly names: readonly string[];
  /** Abbreviations and short forms, matched exactly ("MSS", "GRU"). */
  readonly abbreviations: readonly string[];
  /** Key of the entry above it; null when it answers to the state itself. */
  readonly parent: string | null;
}

const agency = (key: string, country: string, names: string[], abbreviations: string[], parent: string | null = null) =>
  ({ key, level: "agency", country, names, abbreviations, parent }) as const;
const unit = (key: string, country: string, names: string[], parent: string, abbreviations: string[] = []) =>
  ({ key, level: "unit", country, names, abbreviations, parent }) as const;
const front = (key: string, country: string, names: string[], parent: string | null, abbreviations: string[] = []) =>
  ({ key, level: "front-company", country, names, abbreviations, parent }) as const;

export const SPONSOR_ENTRIES: readonly SponsorEntry[] = [
  // China
  agency("cn-mss", "CN", ["Ministry of State Security"], ["MSS"]),
  agency("cn-mps", "CN", ["Ministry of Public Security"], ["MPS"]),
  agency("cn-pla", "CN", ["People's Liberation Army"], ["PLA"]),
  agency("cn-plaaf", "CN", ["People's Liberation Army Air Force", "PLA Air Force"], ["PLAAF"], "cn-pla"),
  agency("cn-plan", "CN", ["People's Liberation Army Navy", "PLA Navy"], ["PLAN"], "cn-pla"),
  agency("cn-ssf", "CN", ["Strategic Support Force", "PLA Strategic Support Force"], ["PLASSF"], "cn-pla"),
  unit(
    "cn-3pla",
    "CN",
    ["Third Department of the General Staff Department", "3rd Department", "Third Department"],
    "cn-pla",
    ["3PLA"],
  ),
  unit("cn-unit-61398", "CN", ["Unit 61398", "PLA Unit 61398"], "cn-3pla"),
  unit("cn-unit-61486", "CN", ["Unit 61486", "PLA Unit 61486"], "cn-3pla"),
  unit("cn-unit-78020", "CN", ["Unit 78020", "PLA Unit 78020"], "cn-pla"),
  front("cn-boyusec", "CN", ["Guangzhou Bo Yu Information Technology", "Boyusec"], "cn-mss"),
  front("cn-hainan-xiandun", "CN", ["Hainan Xiandun Technology Development", "Hainan Xiandun"], "cn-mss"),
  front("cn-huaying-haitai", "CN", ["Huaying Haitai Science and Technology Development", "Huaying Haitai"], "cn-mss"),
  front("cn-wuhan-xrz", "CN", ["Wuhan Xiaoruizhi Science and Technology", "Wuhan XRZ"], "cn-mss"),
  front("cn-chengdu-404", "CN", ["Chengdu 404 Network Technology", "Chengdu 404"], null),
  front("cn-juxinhe", "CN", ["Sichuan Juxinhe Network Technology", "Sichuan Juxinhe"], null),
  front("cn-integrity", "CN", ["Integrity Technology Group"], null),
  front("cn-isoon", "CN", ["Shanghai Anxun Information Technology", "Anxun", "i-Soon", "I-Soon", "iSoon"], null),
  front("cn-sichuan-silence", "CN", ["Sichuan Silence Information Technology", "Sichuan Silence"], null),
  front("cn-huanyu-tianqiong", "CN", ["Beijing Huanyu Tianqiong Information Technology"], null),
  front("cn-zhixin-ruijie", "CN", ["Sichuan Zhixin Ruijie Network Technology"], null),
  // Russia
  agency("ru-gru", "RU", ["Main Intelligence Directorate", "Main Directorate of the General Staff"], ["GRU"]),
  agency("ru-svr", "RU", ["Foreign Intelligence Service"], ["SVR"]),
  agency("ru-fsb", "RU", ["Federal Security Service"], ["FSB"]),
  unit("ru-unit-26165", "RU", ["Unit 26165", "Military Unit 26165"], "ru-gru"),
  unit("ru-unit-74455", "RU", ["Unit 74455", "Military Unit 74455"], "ru-gru"),
  unit("ru-unit-29155", "RU", ["Unit 29155", "Military Unit 29155"], "ru-gru"),
  unit("ru-unit-54777", "RU", ["Unit 54777", "Military Unit 54777"], "ru-gru"),
  unit("ru-fsb-center-16", "RU", ["Center 16", "16th Center"], "ru-fsb"),
  unit("ru-fsb-center-18", "RU", ["Center 18", "18th Center"], "ru-fsb"),
  front("ru-vulkan", "RU", ["NTC Vulkan"], null),
  front("ru-tsniikhm", "RU", ["Central Scientific Research Institute of Chemistry and Mechanics"], null, ["TsNIIKhM"]),
  // North Korea
  agency("kp-rgb", "KP", ["Reconnaissance General Bureau"], ["RGB"]),
  unit("kp-bureau-121", "KP", ["Bureau 121"], "kp-rgb"),
  unit("kp-lab-110", "KP", ["Lab 110", "Laboratory 110"], "kp-rgb"),
  front("kp-chosun-expo", "KP", ["Chosun Expo Joint Venture", "Chosun Expo", "Korea Expo Joint Venture"], "kp-rgb"),
  front("kp-sobaeksu", "KP", ["Korea Sobaeksu Trading Company"], null),
  front("kp-jinyong", "KP", ["Jinyong IT Cooperation Company"], null),
  front("kp-yanbian-silverstar", "KP", ["Yanbian Silverstar Network Technology", "Yanbian Silverstar"], null),
  // Iran
  agency("ir-irgc", "IR", ["Islamic Revolutionary Guard Corps", "Revolutionary Guard"], ["IRGC"]),
  unit("ir-irgc-cec", "IR", ["IRGC Cyber Electronic Command", "Cyber-Electronic Command"], "ir-irgc", ["IRGC-CEC"]),
  agency("ir-mois", "IR", ["Ministry of Intelligence and Security", "Ministry of Intelligence"], ["MOIS", "VAJA"]),
  front("ir-mabna", "IR", ["Mabna Institute"], "ir-irgc"),
  front("ir-itsec", "IR", ["ITSec Team"], "ir-irgc"),
  front("ir-mersad", "IR", ["Mersad Co", "Mersad"], "ir-irgc"),
  front("ir-emennet", "IR", ["Emennet Pasargad", "Eeleyanet Gostar"], "ir-irgc"),
  front("ir-net-peygard", "IR", ["Net Peygard Samavat"], "ir-irgc-cec"),
  front("ir-shahid-shushtari", "IR", ["Shahid Shushtari"], "ir-irgc-cec"),
  // Their counterparts, which reporting names as sponsors too
  agency("us-nsa", "US", ["National Security Agency"], ["NSA"]),
  unit("us-nsa-tao", "US", ["Tailored Access Operations"], "us-nsa", ["TAO"]),
  agency("us-cia", "US", ["Central Intelligence Agency"], ["CIA"]),
  agency("gb-gchq", "GB", ["Government Communications Headquarters"], ["GCHQ"]),
  unit("il-unit-8200", "IL", ["Unit 8200"], "il-idf", []),
  agency("il-idf", "IL", ["Israel Defense Forces"], ["IDF"]),
];

/** Kinds of generic agency a text names by description ("Russia's military intelligence service"). */
export const AGENCY_DESCRIPTIONS: readonly { readonly pattern: RegExp; readonly kind: string }[] = [
  { pattern: /^military intelligence/i, kind: "military-intelligence" },
  { pattern: /^foreign intelligence/i, kind: "foreign-intelligence" },
  { pattern: /^(?:main |civilian |state )?(?:intelligence|spy)/i, kind: "intelligence" },
  { pattern: /^(?:security service|state security)/i, kind: "security-service" },
  { pattern: /^military/i, kind: "military" },
];

/** Which gazetteer agency a description means in a given country ("RU" + military intelligence → GRU). */
export const DESCRIBED_AGENCY: Readonly<Record<string, string>> = {
  "RU:military-intelligence": "ru-gru",
  "RU:foreign-intelligence": "ru-svr",
  "RU:security-service": "ru-fsb",
  "CN:military": "cn-pla",
  "CN:security-service": "cn-mss",
  "KP:military-intelligence": "kp-rgb",
};

export function sponsorEntry(key: string): SponsorEntry | undefined {
  return SPONSOR_ENTRIES.find((e) => e.key === key);
}
