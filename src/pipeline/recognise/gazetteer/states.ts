// States that sponsor (or are said to sponsor) cyber operations, and the ways news names them: the country, its
// adjective, its capital or seat of power used for its government ("Beijing", "the Kremlin").

export interface StateEntry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** The country as a noun, the usual name first: "China", "North Korea". */
  readonly names: readonly string[];
  /** Its adjective: "Chinese", "North Korean". */
  readonly adjectives: readonly string[];
  /** Capitals and seats of power that stand for the government in news: "Beijing", "the Kremlin". */
  readonly seats: readonly string[];
}

export const STATES: readonly StateEntry[] = [
  {
    code: "CN",
    names: ["China", "People's Republic of China", "PRC"],
    adjectives: ["Chinese"],
    seats: ["Beijing", "Zhongnanhai"],
  },
  { code: "RU", names: ["Russia", "Russian Federation"], adjectives: ["Russian"], seats: ["Moscow", "Kremlin"] },
  {
    code: "KP",
    names: ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    adjectives: ["North Korean"],
    seats: ["Pyongyang"],
  },
  { code: "IR", names: ["Iran", "Islamic Republic of Iran"], adjectives: ["Iranian"], seats: ["Tehran"] },
  { code: "VN", names: ["Vietnam", "Viet Nam"], adjectives: ["Vietnamese"], seats: ["Hanoi"] },
  { code: "BY", names: ["Belarus"], adjectives: ["Belarusian"], seats: ["Minsk"] },
  { code: "PK", names: ["Pakistan"], adjectives: ["Pakistani"], seats: ["Islamabad"] },
  { code: "IN", names: ["India"], adjectives: ["Indian"], seats: ["New Delhi"] },
  { code: "TR", names: ["Turkey", "Türkiye"], adjectives: ["Turkish"], seats: ["Ankara"] },
  { code: "SY", names: ["Syria"], adjectives: ["Syrian"], seats: ["Damascus"] },
  { code: "LB", names: ["Lebanon"], adjectives: ["Lebanese"], seats: [] },
  { code: "AE", names: ["United Arab Emirates", "UAE"], adjectives: ["Emirati"], seats: ["Abu Dhabi"] },
  { code: "SA", names: ["Saudi Arabia"], adjectives: ["Saudi"], seats: ["Riyadh"] },
  { code: "IL", names: ["Israel"], adjectives: ["Israeli"], seats: [] },
  { code: "KR", names: ["South Korea"], adjectives: ["South Korean"], seats: ["Seoul"] },
  {
    code: "US",
    names: ["United States", "United States of America", "U.S.", "US", "USA"],
    adjectives: ["American", "U.S.", "US"],
    seats: ["Washington"],
  },
  { code: "GB", names: ["Britain", "United Kingdom", "UK", "U.K."], adjectives: ["British"], seats: ["London"] },
];

/** Adjectives of nationality, stripped from the front of a name ("Chinese President Xi Jinping"). */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([
  ...STATES.flatMap((s) => s.adjectives.flatMap((a) => a.split(" "))),
  ...`German French Italian Spanish Dutch Belgian Swiss Austrian Polish Czech Norwegian Swedish Danish Finnish
Estonian Latvian Lithuanian Ukrainian Japanese Korean Taiwanese Australian Canadian Filipino Philippine Indonesian
Malaysian Singaporean Thai Cambodian Brazilian Mexican Argentine European Western Eastern Asian African Irish Greek
Romanian Bulgarian Hungarian Serbian Croatian Georgian Armenian Azerbaijani Kazakh Mongolian Egyptian Jordanian
Iraqi Qatari Kuwaiti Omani Bahraini Yemeni Afghan Bangladeshi Nepali Lankan US U.S. UK U.K. EU E.U. UN NATO`.split(
    /\s+/,
  ),
]);

/** Countries and great cities as words, so "Hong Kong" or "New Delhi" is never read as a person. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...STATES.flatMap((s) => [...s.names, ...s.seats]),
  ..."Hong Kong|Macau|Taipei|Tokyo|Seoul|Kyiv|Kiev|Berlin|Paris|Brussels|Rome|Madrid|Vienna|Warsaw|Prague|Oslo|Stockholm|Helsinki|Copenhagen|Amsterdam|The Hague|Geneva|Bern|Canberra|Ottawa|Manila|Jakarta|Kuala Lumpur|Singapore|Bangkok|Phnom Penh|Dhaka|Kabul|Baghdad|Riyadh|Doha|Dubai|Cairo|Jerusalem|Tel Aviv|New York|Los Angeles|San Francisco|Silicon Valley|Las Vegas|New Jersey|New Mexico|Long Beach|Long Island|Tianjin|Shanghai|Shenzhen|Guangzhou|Chengdu|Wuhan|Hainan|Sichuan|Jiangsu|Zhejiang|Fujian|Guangdong|Xinjiang|Tibet|Latin America|North America|South America|Central America|Southeast Asia|East Asia|Middle East|St. Petersburg|Saint Petersburg|Vladivostok|Sochi|Crimea|Donbas|Donetsk|Luhansk".split(
    "|",
  ),
]);
