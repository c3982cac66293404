// The benchmark's inputs: the generator's reports (bench/generate) as the raw bytes the CLI would read from
// files. Up to CHUNK documents come from one generateCorpus call with the run's seed; larger sizes are made
// of chunks generated with seed + chunk number, so 100k or 1M documents never sit in memory at once
// (duplicates and copies are then planted within a chunk, not across chunks).
import type { RawInput } from "../src/pipeline/read/index.ts";
import { loadGeneratorActors } from "./generate/catalogue-actors.ts";
import { generateCorpus, type GeneratorActor } from "./generate/index.ts";

/** Documents generated at once. */
export const CHUNK = 10_000;

export interface CorpusOptions {
  readonly documents: number;
  readonly seed: number;
  readonly actors?: readonly GeneratorActor[];
}

const encoder = new TextEncoder();

/** The actors the generated reports write about: a sample of the catalogue fixed by the seed. */
export function benchActors(seed: number): readonly GeneratorActor[] {
  return loadGeneratorActors({ count: 40, seed });
}

/** One chunk of generated reports as raw inputs named like the files the CLI would read. */
export function generateInputs(options: CorpusOptions & { readonly chunk?: number }): RawInput[] {
  const chunk = options.chunk ?? 0;
  const actors = options.actors ?? benchActors(options.seed);
  const corpus = generateCorpus({ documents: options.documents, seed: options.seed + chunk, actors });
  return corpus.documents.map((d) => ({ bytes: encoder.encode(d.text), origin: `bench/${chunk}/${d.id}.txt` }));
}

/** The corpus of `documents` reports, chunk by chunk, always the same for the same seed. */
export function* corpusChunks(options: CorpusOptions): Generator<RawInput[]> {
  const actors = options.actors ?? benchActors(options.seed);
  for (let chunk = 0; chunk * CHUNK < options.documents; chunk++) {
    const documents = Math.min(CHUNK, options.documents - chunk * CHUNK);
    yield generateInputs({ documents, seed: options.seed, actors, chunk });
  }
}

/** The inputs' texts joined by blank lines, cut at about `maxBytes`: the text the matcher figures run on. */
export function joinedText(inputs: readonly RawInput[], maxBytes = Infinity): string {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (const input of inputs) {
    if (size >= maxBytes) break;
    parts.push(decoder.decode(input.bytes));
    size += input.bytes.length + 2;
  }
  return parts.join("\n\n");
}
