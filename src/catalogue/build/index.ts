// Catalogue build: turns MISP galaxy's threat actors and ATT&CK's groups and software into Espial's
// catalogue data. Pure (the script scripts/build-catalogue.ts does the reading and writing); the same
// inputs always give the same bytes.
export { buildCatalogue, mergeNames } from "./merge.ts";
export { formatCatalogue } from "./format.ts";
export { parseCatalogueSources, type CatalogueSources } from "./sources.ts";
