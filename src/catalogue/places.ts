// Country names and the adjectives for them, as words a text uses ("China", "Chinese", "North Korean",
// "Iran-backed"). Used to tell "the Nickel China-based group" from a vendor name "Nickel X", and to read
// which state a passage names near an ambiguous group name.
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

const ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  CN: ["Chinese", "PRC", "Beijing"],
  RU: ["Russian", "Kremlin", "Moscow"],
  IR: ["Iranian", "Persian", "Tehran"],
  KP: ["North Korean", "DPRK", "Pyongyang"],
  KR: ["South Korean", "Korean"],
  US: ["American", "U.S.", "US"],
  GB: ["British", "UK", "U.K.", "Britain", "English"],
  VN: ["Vietnamese"],
  IN: ["Indian"],
  PK: ["Pakistani"],
  TR: ["Turkish"],
  BY: ["Belarusian", "Belarussian"],
  UA: ["Ukrainian"],
  LB: ["Lebanese"],
  SY: ["Syrian"],
  PS: ["Palestinian", "Gaza", "Hamas"],
  IL: ["Israeli"],
  KZ: ["Kazakh"],
  DE: ["German"],
  FR: ["French"],
  ES: ["Spanish"],
  IT: ["Italian"],
  NL: ["Dutch"],
  JP: ["Japanese"],
  TW: ["Taiwanese"],
  AE: ["Emirati"],
  SA: ["Saudi"],
  EG: ["Egyptian"],
  LY: ["Libyan"],
  IQ: ["Iraqi"],
  AF: ["Afghan"],
  GE: ["Georgian"],
  KE: ["Kenyan"],
  NG: ["Nigerian"],
  BR: ["Brazilian"],
  CO: ["Colombian"],
  MX: ["Mexican"],
  AU: ["Australian"],
  CA: ["Canadian"],
  PL: ["Polish"],
  MA: ["Moroccan"],
  TN: ["Tunisian"],
  DZ: ["Algerian"],
};

const lower = (s: string) => s.toLowerCase();

let table: Map<string, string> | null = null;

function countryTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>)) {
    for (const name of Array.isArray(names) ? names : [names]) t.set(lower(name), code);
  }
  for (const [code, words] of Object.entries(ADJECTIVES)) for (const w of words) t.set(lower(w), code);
  t.set("russia", "RU");
  t.set("iran", "IR");
  t.set("north korea", "KP");
  t.set("south korea", "KR");
  table = t;
  return t;
}

/** The ISO 3166-1 alpha-2 code a country name or adjective stands for ("Chinese" → CN), else null. */
export function countryOfWord(word: string): string | null {
  return countryTable().get(lower(word.trim().replace(/['’]s$/, ""))) ?? null;
}

/** True when the word names a country or its people ("China", "Russian", "Korean"). */
export function isPlaceWord(word: string): boolean {
  return countryOfWord(word) !== null;
}

/** Every country a passage names, with where: "Russian-backed", "China's", "North Korea". */
export function countriesIn(text: string): { code: string; start: number; end: number }[] {
  const out: { code: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\b(?:North |South )?[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}]*)?/gu)) {
    const words = m[0].split(" ");
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ").replace(/\.$/, "");
      const code = countryOfWord(phrase);
      if (code) {
        out.push({ code, start: m.index, end: m.index + phrase.length });
        break;
      }
    }
  }
  return out;
}
