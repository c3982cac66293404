// Gazetteers of facts the recognisers of persons and sponsors read text with: given names, the shape of East
// Asian names, titles and role nouns, states and their seats of power, agencies, units and front companies.
export { GIVEN_NAMES, PATRONYMIC, SLAVIC_SURNAME } from "./given-names.ts";
export { EAST_ASIAN_SURNAMES, isSyllabicGivenName } from "./east-asian-names.ts";
export {
  COMPANY_SHAPE,
  CREDIT_TITLE,
  GOVERNMENT_ORG,
  HONORIFICS,
  NON_PERSON_WORDS,
  INHERENT_OFFICIAL_TITLE,
  OFFICIAL_WITHOUT_BODY,
  ORG_DEPENDENT_TITLE,
  THING_HEAD,
  RESEARCHER_TITLE,
  ROLE_NOUN,
  SECURITY_VENDORS,
  TITLE_WORDS,
} from "./titles.ts";
export { NATIONALITY_WORDS, PLACE_NAMES, STATES, type StateEntry } from "./states.ts";
export {
  AGENCY_DESCRIPTIONS,
  DESCRIBED_AGENCY,
  SPONSOR_ENTRIES,
  sponsorEntry,
  type SponsorEntry,
  type SponsorEntryLevel,
} from "./agencies.ts";
