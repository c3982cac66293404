// The catalogue's file form: compact JSON with one actor (or program) per line, so a re-run gives the same
// bytes and a change to one actor is a one-line diff.
import type { CatalogueFile } from "../schema.ts";

/** Formats catalogue data for data/catalogue.json (ends with a newline). */
export function formatCatalogue(file: CatalogueFile): string {
  const lines = (items: readonly unknown[]) => items.map((x) => JSON.stringify(x)).join(",\n");
  return [
    `{"format":${JSON.stringify(file.format)},"sources":${JSON.stringify(file.sources)},`,
    `"actors":[`,
    lines(file.actors),
    `],"software":[`,
    lines(file.software),
    `]}`,
    "",
  ].join("\n");
}
