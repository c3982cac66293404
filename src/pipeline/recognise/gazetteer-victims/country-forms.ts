// Facts about how English news names countries beyond their ISO short names: short forms and acronyms,
// adjectives and demonyms, capitals used for governments, and names that are also people or US states.
// Keyed by ISO 3166-1 alpha-2; the official names themselves come from i18n-iso-countries.

/** Short forms, acronyms and older names ("U.K.", "Britain", "DPRK", "Burma"). Case-sensitive. */
export const COUNTRY_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.A.", "U.S.", "U.S", "USA", "US", "United States", "America"],
  GB: ["U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  CN: ["PRC", "People's Republic of China", "Mainland China"],
  KP: ["DPRK", "Democratic People's Republic of Korea"],
  KR: ["ROK", "Republic of Korea"],
  RU: ["Russian Federation"],
  IR: ["Islamic Republic of Iran"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  NL: ["Holland", "The Netherlands"],
  CZ: ["Czechia", "Czech Republic"],
  MM: ["Burma"],
  SY: ["Syria"],
  LA: ["Laos"],
  VN: ["Viet Nam"],
  MD: ["Moldova"],
  BN: ["Brunei"],
  BO: ["Bolivia"],
  VE: ["Venezuela"],
  TZ: ["Tanzania"],
  CD: ["DRC", "Democratic Republic of the Congo"],
  CI: ["Ivory Coast"],
  VA: ["Vatican"],
  PS: ["Palestine"],
  TW: ["Taiwan"],
  MK: ["North Macedonia", "Macedonia"],
  FM: ["Micronesia"],
  BA: ["Bosnia"],
};

/** Adjectives and demonyms, singular ("an Italian ISP", "British companies"). Case-sensitive. */
export const COUNTRY_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  US: ["American"],
  GB: ["British", "English", "Scottish", "Welsh"],
  CN: ["Chinese"],
  RU: ["Russian"],
  KP: ["North Korean"],
  KR: ["South Korean"],
  IR: ["Iranian"],
  JP: ["Japanese"],
  CA: ["Canadian"],
  AU: ["Australian"],
  NZ: ["New Zealand"],
  BR: ["Brazilian"],
  FR: ["French"],
  CH: ["Swiss"],
  DE: ["German"],
  AT: ["Austrian"],
  KH: ["Cambodian"],
  IN: ["Indian"],
  PK: ["Pakistani"],
  BD: ["Bangladeshi"],
  LK: ["Sri Lankan"],
  NP: ["Nepalese", "Nepali"],
  AF: ["Afghan"],
  TW: ["Taiwanese"],
  HK: ["Hong Kong"],
  VN: ["Vietnamese"],
  TH: ["Thai"],
  MY: ["Malaysian"],
  SG: ["Singaporean"],
  ID: ["Indonesian"],
  PH: ["Filipino", "Philippine"],
  MM: ["Burmese", "Myanmar"],
  LA: ["Laotian", "Lao"],
  MN: ["Mongolian"],
  UA: ["Ukrainian"],
  BY: ["Belarusian", "Belarussian"],
  MD: ["Moldovan"],
  GE: ["Georgian"],
  AM: ["Armenian"],
  AZ: ["Azerbaijani"],
  KZ: ["Kazakh", "Kazakhstani"],
  UZ: ["Uzbek"],
  KG: ["Kyrgyz"],
  TJ: ["Tajik"],
  TM: ["Turkmen"],
  TR: ["Turkish"],
  IL: ["Israeli"],
  PS: ["Palestinian"],
  SA: ["Saudi", "Saudi Arabian"],
  AE: ["Emirati"],
  QA: ["Qatari"],
  KW: ["Kuwaiti"],
  BH: ["Bahraini"],
  OM: ["Omani"],
  YE: ["Yemeni"],
  IQ: ["Iraqi"],
  SY: ["Syrian"],
  LB: ["Lebanese"],
  JO: ["Jordanian"],
  EG: ["Egyptian"],
  LY: ["Libyan"],
  TN: ["Tunisian"],
  DZ: ["Algerian"],
  MA: ["Moroccan"],
  SD: ["Sudanese"],
  ET: ["Ethiopian"],
  KE: ["Kenyan"],
  NG: ["Nigerian"],
  GH: ["Ghanaian"],
  ZA: ["South African"],
  IT: ["Italian"],
  ES: ["Spanish"],
  PT: ["Portuguese"],
  NL: ["Dutch"],
  BE: ["Belgian"],
  LU: ["Luxembourgish"],
  IE: ["Irish"],
  DK: ["Danish"],
  SE: ["Swedish"],
  NO: ["Norwegian"],
  FI: ["Finnish"],
  IS: ["Icelandic"],
  EE: ["Estonian"],
  LV: ["Latvian"],
  LT: ["Lithuanian"],
  PL: ["Polish"],
  CZ: ["Czech"],
  SK: ["Slovak", "Slovakian"],
  HU: ["Hungarian"],
  RO: ["Romanian"],
  BG: ["Bulgarian"],
  GR: ["Greek"],
  CY: ["Cypriot"],
  MT: ["Maltese"],
  SI: ["Slovenian", "Slovene"],
  HR: ["Croatian"],
  RS: ["Serbian"],
  BA: ["Bosnian"],
  ME: ["Montenegrin"],
  MK: ["Macedonian"],
  AL: ["Albanian"],
  XK: ["Kosovar", "Kosovan"],
  MX: ["Mexican"],
  AR: ["Argentine", "Argentinian"],
  CL: ["Chilean"],
  CO: ["Colombian"],
  PE: ["Peruvian"],
  VE: ["Venezuelan"],
  EC: ["Ecuadorian"],
  BO: ["Bolivian"],
  PY: ["Paraguayan"],
  UY: ["Uruguayan"],
  CU: ["Cuban"],
  PA: ["Panamanian"],
  CR: ["Costa Rican"],
  GT: ["Guatemalan"],
  HN: ["Honduran"],
  SV: ["Salvadoran"],
  NI: ["Nicaraguan"],
  DO: ["Dominican"],
};

/** Demonyms that are not the adjective plus "s" ("Britons", "Filipinos"). */
export const COUNTRY_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GB: ["Britons", "Brits"],
  PH: ["Filipinos"],
  PL: ["Poles"],
  DK: ["Danes"],
  SE: ["Swedes"],
  FI: ["Finns"],
  TR: ["Turks"],
  CZ: ["Czechs"],
  SK: ["Slovaks"],
  GR: ["Greeks"],
  KZ: ["Kazakhs"],
  NL: ["Dutchmen"],
};

/** Capitals that news uses for the government ("Beijing denied …"): never a victim country by themselves. */
export const COUNTRY_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  CN: ["Beijing"],
  RU: ["Moscow", "the Kremlin", "Kremlin"],
  KP: ["Pyongyang"],
  IR: ["Tehran"],
  US: ["Washington"],
  GB: ["London", "Whitehall", "Downing Street"],
  KR: ["Seoul"],
  JP: ["Tokyo"],
  FR: ["Paris"],
  DE: ["Berlin"],
  UA: ["Kyiv", "Kiev"],
  BY: ["Minsk"],
  IL: ["Jerusalem"],
  TW: ["Taipei"],
  IN: ["New Delhi"],
  PK: ["Islamabad"],
  VN: ["Hanoi"],
};

/**
 * Names that are also people, US states or common words: counted as a country only with a country cue
 * (a list of countries, "in Jordan", the adjective or capital elsewhere in the text).
 */
export const AMBIGUOUS_COUNTRY_NAMES: Readonly<
  Record<string, { readonly code: string; readonly cues: readonly string[] }>
> = {
  Georgia: { code: "GE", cues: ["Georgian", "Tbilisi", "Caucasus", "the country of Georgia"] },
  Jordan: { code: "JO", cues: ["Jordanian", "Amman", "Hashemite"] },
  Chad: { code: "TD", cues: ["Chadian", "N'Djamena"] },
  Jersey: { code: "JE", cues: ["Channel Islands", "Jersey's government"] },
  Guinea: { code: "GN", cues: ["Guinean", "Conakry"] },
  Niger: { code: "NE", cues: ["Nigerien", "Niamey"] },
  Mali: { code: "ML", cues: ["Malian", "Bamako"] },
  Korea: { code: "KR", cues: [] },
  Congo: { code: "CG", cues: ["Brazzaville"] },
  Dominica: { code: "DM", cues: ["Roseau"] },
};

/** Words before a country name that make it something else ("New Mexico", "Latin America"). */
export const NOT_A_COUNTRY_BEFORE = ["New", "Latin", "North", "South", "Central", "Papua New", "Baja"] as const;

/** US states: places news mentions beside countries that are not countries ("Indiana", "New Mexico"). */
export const US_STATES: readonly string[] = (
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|" +
  "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|" +
  "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|" +
  "Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|" +
  "Virginia|Washington|West Virginia|Wisconsin|Wyoming"
).split("|");

/** Regions and blocs: places, but not countries ("Europe", "Latin America", "the EU"). */
export const REGIONS: readonly string[] = (
  "Europe|European|EU|European Union|Asia|Asian|Southeast Asia|East Asia|South Asia|Central Asia|Middle East|" +
  "Middle Eastern|Africa|African|North Africa|Latin America|Latin American|North America|North American|" +
  "South America|South American|Central America|Caribbean|the Caribbean|Balkans|Baltics|Baltic|Nordic|" +
  "Scandinavia|Scandinavian|Caucasus|Gulf|Persian Gulf|Pacific|Asia-Pacific|Asia Pacific|APAC|EMEA|Western|" +
  "West|the West|Eastern Europe|Western Europe|Hollywood|Silicon Valley"
).split("|");
