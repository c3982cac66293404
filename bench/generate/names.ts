// The names the generator fills its templates with. Actors and sponsors are public facts; people,
// companies and outlets are made up from parts so that two reports rarely name the same ones by chance.

export interface GeneratorActor {
  readonly name: string;
  readonly aliases: readonly string[];
  /** The sponsor as a report would name it ("China's Ministry of State Security"). */
  readonly sponsor: string;
  /** The state behind it, as a name ("China"). */
  readonly state: string;
}

export interface GeneratorNames {
  readonly actors: readonly GeneratorActor[];
}

/** "name|alias;alias|sponsor|state" → an actor. */
function parseActor(row: string): GeneratorActor {
  const [name = "", aliases = "", sponsor = "", state = ""] = row.split("|");
  return { name, aliases: aliases.split(";").filter(Boolean), sponsor, state };
}

/** A list written as one "|"-separated string. */
function list(text: string): readonly string[] {
  return Object.freeze(text.split("|"));
}

export const DEFAULT_ACTORS: readonly GeneratorActor[] = [
  "APT10|Stone Panda;MenuPass;Red Apollo;POTASSIUM|the Tianjin bureau of China's Ministry of State Security|China",
  "APT28|Fancy Bear;Sofacy;STRONTIUM;Forest Blizzard|Russia's GRU military intelligence unit 26165|Russia",
  "APT29|Cozy Bear;The Dukes;NOBELIUM;Midnight Blizzard|Russia's Foreign Intelligence Service|Russia",
  "Sandworm|Voodoo Bear;ELECTRUM;Seashell Blizzard|GRU unit 74455|Russia",
  "Turla|Snake;Venomous Bear;Secret Blizzard|Russia's Federal Security Service|Russia",
  "Lazarus Group|Hidden Cobra;ZINC;Diamond Sleet|North Korea's Reconnaissance General Bureau|North Korea",
  "Kimsuky|Velvet Chollima;THALLIUM;Emerald Sleet|North Korea's Reconnaissance General Bureau|North Korea",
  "APT38|BlueNoroff;Stardust Chollima|North Korea's Reconnaissance General Bureau|North Korea",
  "APT33|Elfin;Refined Kitten;Peach Sandstorm|Iran's Islamic Revolutionary Guard Corps|Iran",
  "APT35|Charming Kitten;PHOSPHORUS;Mint Sandstorm|Iran's Islamic Revolutionary Guard Corps|Iran",
  "MuddyWater|Seedworm;MERCURY;Mango Sandstorm|Iran's Ministry of Intelligence and Security|Iran",
  "APT40|Leviathan;TEMP.Periscope;Gingham Typhoon|the Hainan State Security Department|China",
  "APT41|Double Dragon;Wicked Panda;BARIUM;Brass Typhoon|China's Ministry of State Security|China",
  "APT31|Zirconium;Judgment Panda;Violet Typhoon|the Hubei State Security Department|China",
  "Volt Typhoon|Vanguard Panda;BRONZE SILHOUETTE|the People's Liberation Army|China",
  "Salt Typhoon|GhostEmperor;FamousSparrow|China's Ministry of State Security|China",
  "APT1|Comment Crew;Unit 61398|the People's Liberation Army|China",
  "Gamaredon|Primitive Bear;Aqua Blizzard|Russia's Federal Security Service|Russia",
].map(parseActor);

export const FIRST_NAMES: readonly string[] = list(
  "Anna|Boris|Chen|Dmitri|Elena|Farid|Grace|Hassan|Ingrid|Jun|Karim|Laura|Mehdi|Nadia|Oleg|Priya|" +
    "Quentin|Rosa|Sergei|Tomas|Ursula|Viktor|Wei|Ximena|Yusuf|Zhao|Aleksandr|Bella|Claude|Daniela|Emil|" +
    "Fatima|Gustav|Hye-jin|Ivan|Jorge|Kenji|Leila|Marcus|Nikolai|Olga|Pavel|Reza|Sun|Tariq|Valentina|" +
    "Yuri",
);

export const SURNAMES: readonly string[] = list(
  "Abbott|Bauer|Castillo|Dvorak|Eriksen|Fischer|Gallagher|Hoffmann|Ivanov|Jensen|Kowalski|Lindqvist|" +
    "Moreau|Novak|Okafor|Petrov|Quinn|Rahimi|Sato|Tanaka|Ueda|Vasquez|Whitfield|Xu|Yilmaz|Zhang|Li|Kim|" +
    "Park|Sokolov|Morozov|Karimi|Haddad|Brennan|Costa|Dubois|Ferreira|Gruber|Holm|Ishikawa|Lebedev|" +
    "Mendes|Nakamura|Orlov|Pereira|Romano|Schmidt|Volkov|Wagner|Zhou",
);

export const OFFICIAL_TITLES: readonly string[] = list(
  "Assistant Attorney General|Deputy Attorney General|FBI Director|Treasury Secretary|" +
    "Foreign Secretary|the head of the national cyber agency|a senior State Department official|" +
    "the Interior Minister|the government's chief cyber adviser|the deputy national security adviser|" +
    "the Attorney General|a spokesperson for the Foreign Ministry",
);

export const GOVERNMENT_BODIES: readonly string[] = list(
  "the Justice Department|the Treasury Department|the State Department|the FBI|" +
    "Britain's National Cyber Security Centre|the European Union|Australia's Signals Directorate|" +
    "the Canadian Centre for Cyber Security|Germany's BSI|the Dutch intelligence service AIVD|" +
    "Japan's National Police Agency|the U.S. Cybersecurity and Infrastructure Security Agency|" +
    "New Zealand's GCSB|the French cyber agency ANSSI|the Czech security agency NUKIB|" +
    "Norway's police security service|South Korea's National Intelligence Service",
);

export const COUNTRIES: readonly string[] = list(
  "the United States|Japan|Britain|Australia|Canada|Brazil|Switzerland|France|South Korea|Germany|" +
    "India|Vietnam|the Philippines|Taiwan|Ukraine|Poland|Norway|Israel|Saudi Arabia|" +
    "the United Arab Emirates|Turkey|Italy|Spain|Sweden|Finland|Estonia|Lithuania|Mexico|Indonesia|" +
    "Malaysia|Singapore|Thailand|Kenya|Nigeria|South Africa|Egypt|Pakistan|Bangladesh|New Zealand|" +
    "the Netherlands|Belgium|Denmark",
);

export const SECTORS: readonly string[] = list(
  "defense contractors|managed service providers|telecommunications carriers|energy utilities|" +
    "pharmaceutical companies|universities|think tanks|law firms|aerospace manufacturers|" +
    "shipping companies|water utilities|hospitals|banks|cryptocurrency exchanges|government ministries|" +
    "election commissions|satellite operators|semiconductor makers|oil and gas producers|" +
    "media organisations|non-governmental organisations|airlines|engineering firms|" +
    "chemical manufacturers|hotel chains",
);

export const COMPANY_PARTS = {
  first: list(
    "North|Blue|Silver|Granite|Harbor|Summit|Cedar|Iron|Crescent|Atlas|Meridian|Pioneer|Falcon|Orion|" +
      "Vector|Keystone|Lumen|Nimbus|Sterling|Tidewater",
  ),
  second: list("bridge|field|stone|gate|point|line|wave|crest|ridge|works|core|path"),
  kind: list(
    "Logistics|Networks|Energy|Aerospace|Pharma|Telecom|Systems|Capital|Robotics|Shipping|Analytics|" +
      "Materials|Health|Semiconductors|Defense",
  ),
};

export const MALWARE: readonly string[] = list(
  "PlugX|ShadowPad|QuasarRAT|X-Agent|Zebrocy|WellMess|Industroyer|NotPetya|Kazuar|AppleJeus|BabyShark|" +
    "Shamoon|PowerShower|Cobalt Strike|ChChes|RedLeaves|Winnti|KV-botnet|Demodex|SnipBot|Manuscrypt|" +
    "POWERSTATS|TinyTurla|GoldMax",
);

export type OutletKind = "government" | "vendor" | "press" | "aggregator";

/** Outlets as "name:kind". */
export const OUTLETS: readonly { readonly name: string; readonly kind: OutletKind }[] = list(
  "Wire Desk:press|The Daily Ledger:press|Capital Post:press|Northern Herald:press|Global Courier:press|" +
    "Tech Beacon:press|Security Week Review:press|Morning Dispatch:press|CyberWire Digest:aggregator|" +
    "Threat Roundup:aggregator|Feedly Brief:aggregator|Department of Justice:government|" +
    "Treasury Press Office:government|National Cyber Centre:government|Ironclad Research:vendor|" +
    "Sentinel Labs Blog:vendor|Halcyon Threat Intel:vendor|Redline Security:vendor",
).map((row) => {
  const [name = "", kind = "press"] = row.split(":");
  return { name, kind: kind as OutletKind };
});

export const MONTHS: readonly string[] = list(
  "January|February|March|April|May|June|July|August|September|October|November|December",
);

/** Words an editor swaps in when rewriting a copied story, by the word they replace. */
export const SUBSTITUTES: Readonly<Record<string, readonly string[]>> = {
  said: ["stated", "noted", "added"],
  hackers: ["attackers", "intruders", "operators"],
  group: ["crew", "outfit", "unit"],
  government: ["administration", "authorities", "state"],
  officials: ["authorities", "sources", "diplomats"],
  stole: ["took", "exfiltrated", "siphoned"],
  networks: ["systems", "computers", "servers"],
  companies: ["firms", "businesses", "corporations"],
  campaign: ["operation", "effort", "offensive"],
  accused: ["charged", "blamed", "alleged"],
  data: ["information", "files", "records"],
  targeted: ["hit", "attacked", "went after"],
  announced: ["unveiled", "disclosed", "revealed"],
  the: ["this", "that"],
  and: ["as well as", "plus"],
  of: ["from", "for"],
  in: ["inside", "within"],
  to: ["toward", "into"],
  on: ["upon", "about"],
};

export const FILLER_WORDS: readonly string[] = list(
  "reportedly|widely|quietly|largely|repeatedly|recently|apparently|mostly|also|still",
);
