// Catalogue: Espial's threat actors under every name (MISP galaxy + MITRE ATT&CK, merged by
// scripts/build-catalogue.ts into data/catalogue.json), looked up forgivingly by any name, and matched in
// text in one automaton pass. Pure: parse the data file's JSON with parseCatalogueFile (or read it with
// readCatalogueFile from ./data-file.ts, the one file here that touches the file system).
// Guarantees: every match's offsets slice the original text exactly; a name claimed by several actors is
// reported with all of them, never merged into one.
export {
  createCatalogue,
  type Catalogue,
  type CatalogueActor,
  type ActorName,
  type NameSource,
  type ActorCandidate,
  type CatalogueSoftware,
} from "./catalogue.ts";
export {
  parseCatalogueFile,
  catalogueFileSchema,
  CATALOGUE_FORMAT,
  type CatalogueFile,
  type SameAsVia,
  type NameDataset,
} from "./schema.ts";
export { createAliasMatcher, type AliasMatcher, type AliasMatch, type AliasScan } from "./alias-matcher.ts";
export { createAutomaton, type Automaton } from "./automaton.ts";
export { createTextContext, type TextContext } from "./context.ts";
export { confirmMatches } from "./confirm.ts";
export { squashName, nameWords } from "./normalise.ts";
export { surfaceStrength, isCapitalised, shortForm, spelledOut, type NameStrength } from "./names.ts";
export { countryOfWord, countriesIn, isPlaceWord } from "./places.ts";
