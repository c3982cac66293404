// The parties that take legal and diplomatic actions: governments, their agencies, courts and prosecutors,
// international bodies — and the state each one stands for, so "the FBI" and "the US government" can be
// told to be the same side and "Germany" and "the European Union" different ones. Facts only, no report text.
import { findCountryMentions } from "../countries.ts";

/** Agencies and bodies known by name or acronym, with the state (or "EU", "INT") they belong to. */
const AGENCIES: Readonly<Record<string, readonly string[]>> = {
  US: [
    "FBI",
    "Federal Bureau of Investigation",
    "CISA",
    "Cybersecurity and Infrastructure Security Agency",
    "NSA",
    "National Security Agency",
    "DOJ",
    "Department of Justice",
    "Justice Department",
    "DHS",
    "Department of Homeland Security",
    "Homeland Security",
    "State Department",
    "Department of State",
    "Treasury",
    "Department of the Treasury",
    "OFAC",
    "Office of Foreign Assets Control",
    "Cyber Command",
    "USCYBERCOM",
    "Secret Service",
    "Commerce Department",
    "Department of Commerce",
    "White House",
    "Pentagon",
    "Department of Defense",
    "DoD",
    "ODNI",
    "Trump administration",
    "Biden administration",
    "Obama administration",
    "Bush administration",
    "Clinton administration",
  ],
  GB: [
    "NCSC",
    "National Cyber Security Centre",
    "GCHQ",
    "FCDO",
    "Foreign Office",
    "Home Office",
    "MI5",
    "MI6",
    "National Crime Agency",
  ],
  DE: [
    "BfV",
    // The core of the domestic intelligence service's name, which its federal and state offices share and which
    // English renderings keep ("Federal Office for/of [the] Protection of the Constitution", "State Office …").
    "Protection of the Constitution",
    "Verfassungsschutz",
    "BSI",
    "Federal Office for Information Security",
    "BKA",
    "Bundestag",
  ],
  FR: ["ANSSI", "DGSI"],
  NL: ["AIVD", "MIVD"],
  AU: ["ASD", "ACSC", "Australian Signals Directorate"],
  CA: ["CSE", "Communications Security Establishment", "Canadian Centre for Cyber Security", "RCMP"],
  NZ: ["GCSB"],
  KR: ["NIS"],
  UA: ["NSDC", "SBU", "CERT-UA", "National Security and Defense Council"],
  NO: ["PST", "Police Security Service"],
  EU: [
    "EU",
    "European Union",
    "European Council",
    "Council of the European Union",
    "Council of the EU",
    "European Commission",
    "Europol",
    "ENISA",
    "High Representative",
  ],
  INT: ["Interpol", "NATO", "United Nations", "UN Security Council", "Five Eyes"],
  CN: ["MSS", "Ministry of State Security", "PLA", "People's Liberation Army", "Chinese Communist Party", "CCP"],
  RU: ["GRU", "FSB", "SVR", "Kremlin"],
  KP: ["RGB", "Reconnaissance General Bureau"],
  IR: ["IRGC", "MOIS"],
};

/** Words that make a noun phrase a public authority ("German authorities", "prosecutors", "a federal judge"). */
const GOVERNMENT_HEAD =
  /\b(?:CERT(?:-[A-Z][A-Za-z]*)?|[A-Z]{2}-CERT|governments?|administration|authorit(?:y|ies)|officials?|ministr(?:y|ies)|minister|department|agenc(?:y|ies)|council|court|judges?|prosecutors?|attorneys? general|attorney|police|parliament|president|prime minister|chancellor|cabinet|treasury|embassy|regulators?|lawmakers|senators?|bureau|command|spokes(?:person|man|woman)|allies|countries|nations|member states|intelligence service)\b/i;

const agencyPattern = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${Object.values(AGENCIES)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);

const agencyCountry = new Map<string, string>();
for (const [code, names] of Object.entries(AGENCIES)) for (const n of names) agencyCountry.set(n.toLowerCase(), code);

/** The known agency named in a phrase, if any ("the U.S. Justice Department" → "Justice Department"). */
export function knownAgency(phrase: string): string | null {
  return agencyPattern.exec(phrase)?.[1] ?? null;
}

/** True when a phrase names a public authority: a state, a government body, a court, an international body. */
export function isGovernmentParty(phrase: string): boolean {
  if (knownAgency(phrase)) return true;
  if (GOVERNMENT_HEAD.test(phrase)) return true;
  return findCountryMentions(phrase).some((m) => m.form === "name" || m.form === "short" || m.form === "capital");
}

/** The state a party stands for (ISO alpha-2, "EU" or "INT"), or null. */
export function partyCountry(phrase: string): string | null {
  const agency = knownAgency(phrase);
  if (agency) return agencyCountry.get(agency.toLowerCase()) ?? null;
  const first = findCountryMentions(phrase)[0];
  return first ? first.code : null;
}
