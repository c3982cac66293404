// Actors for the generator from the catalogue data file (data/catalogue.json), when it is there: a
// deterministic sample of actors with a known sponsor state, under names that read cleanly in a sentence.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCatalogueFile, type CatalogueFile } from "../../src/catalogue/index.ts";
import { DEFAULT_ACTORS, type GeneratorActor } from "./names.ts";
import { createRng } from "./rng.ts";

const CATALOGUE_PATH = fileURLToPath(new URL("../../data/catalogue.json", import.meta.url));

/** How a report names the state behind an actor, and the service it usually blames. */
const STATES: Readonly<Record<string, { readonly state: string; readonly sponsor: string }>> = {
  CN: { state: "China", sponsor: "China's Ministry of State Security" },
  RU: { state: "Russia", sponsor: "Russia's military intelligence agency" },
  KP: { state: "North Korea", sponsor: "North Korea's Reconnaissance General Bureau" },
  IR: { state: "Iran", sponsor: "Iran's Islamic Revolutionary Guard Corps" },
  VN: { state: "Vietnam", sponsor: "the Vietnamese government" },
  IN: { state: "India", sponsor: "the Indian government" },
  PK: { state: "Pakistan", sponsor: "Pakistan's intelligence services" },
  BY: { state: "Belarus", sponsor: "the Belarusian government" },
  LB: { state: "Lebanon", sponsor: "Lebanon's General Directorate of General Security" },
  KR: { state: "South Korea", sponsor: "the South Korean government" },
};

const READABLE = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

/** A deterministic sample of catalogue actors with at least one alias, as the generator wants them. */
export function sampleCatalogueActors(file: CatalogueFile, options: { count: number; seed: number }): GeneratorActor[] {
  const usable = file.actors.flatMap((actor): GeneratorActor[] => {
    const state = actor.country ? STATES[actor.country] : undefined;
    if (!state || actor.deprecated || !READABLE.test(actor.name)) return [];
    const seen = new Set([actor.name.toLowerCase()]);
    const aliases = actor.names
      .map((n) => n.name)
      .filter((n) => READABLE.test(n) && n.length >= 3 && !/^G\d{4}$/.test(n))
      .filter((n) => !seen.has(n.toLowerCase()) && Boolean(seen.add(n.toLowerCase())));
    // Stories name an actor under another of its names ("X, also known as Y"): keep actors that have one.
    return aliases.length > 0 ? [{ name: actor.name, aliases: aliases.slice(0, 5), ...state }] : [];
  });
  return createRng(options.seed).shuffle(usable).slice(0, options.count);
}

/** Actors sampled from data/catalogue.json when it exists and reads, else the generator's built-in list. */
export function loadGeneratorActors(options: { count: number; seed: number }): readonly GeneratorActor[] {
  if (!existsSync(CATALOGUE_PATH)) return DEFAULT_ACTORS;
  try {
    const sample = sampleCatalogueActors(parseCatalogueFile(JSON.parse(readFileSync(CATALOGUE_PATH, "utf8"))), options);
    return sample.length > 0 ? sample : DEFAULT_ACTORS;
  } catch {
    return DEFAULT_ACTORS;
  }
}
