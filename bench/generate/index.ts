// The benchmark corpus generator: deterministic short news-style reports on state-sponsored intrusions,
// written from our own templates, with planted exact duplicates (the same body under another outlet's
// header, sometimes with its quote marks restyled), near duplicates (10–30% of sentences replaced, inserted,
// deleted or moved, and up to 10% of words substituted) and paragraphs copied from earlier reports
// (verbatim, restyled, or with a word or two changed), and the ground truth of which is which.
// Documents come in ingest order: mostly by publication date, with some ingested late or early, so that a
// copy is sometimes ingested before its source.
import { createStory, renderText, writeBody, writeTitle, type Story } from "./compose.ts";
import { restyleQuotes, rewriteBody, substituteWords } from "./mutate.ts";
import { DEFAULT_ACTORS, OUTLETS, type GeneratorActor, type OutletKind } from "./names.ts";
import { createRng, type Rng } from "./rng.ts";
import { deriveTruth, type CorpusTruth, type DocumentRole, type ParagraphOrigin } from "./truth.ts";

export { pairKey, type CorpusTruth, type CopiedParagraphTruth, type DocumentRole } from "./truth.ts";
export type { GeneratorActor } from "./names.ts";

export interface GeneratedDocument {
  readonly id: string;
  readonly text: string;
  readonly title: string;
  readonly outlet: string;
  readonly sourceKind: OutletKind;
  readonly published: string;
  readonly role: DocumentRole;
  /** For a duplicate: the report it duplicates or rewrites. */
  readonly of: string | null;
  /** The body paragraphs exactly as in the text. */
  readonly paragraphs: readonly string[];
  readonly paragraphOrigins: readonly ParagraphOrigin[];
}

export interface GeneratedCorpus {
  readonly seed: number;
  /** In ingest order. */
  readonly documents: readonly GeneratedDocument[];
  readonly truth: CorpusTruth;
}

export interface GenerateOptions {
  readonly documents: number;
  readonly seed: number;
  /** Actors to write about (e.g. a sample of the catalogue); a built-in list otherwise. */
  readonly actors?: readonly GeneratorActor[];
}

interface Draft {
  readonly doc: GeneratedDocument;
  readonly day: number;
  readonly story: Story;
  readonly body: readonly (readonly string[])[];
}

const FIRST_DAY = Date.UTC(2014, 0, 1) / 86_400_000;
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function draft(
  parts: Omit<Draft, "doc"> & { id: string; role: DocumentRole; of: string | null; origins: ParagraphOrigin[] },
  rng: Rng,
): Draft {
  const outlet = rng.pick(OUTLETS);
  const published = isoDay(parts.day);
  const paragraphs = parts.body.map((sentences) => sentences.join(" "));
  const title = writeTitle(parts.story, rng);
  const text = renderText({ title, outlet: outlet.name, published, paragraphs });
  const doc = {
    id: parts.id,
    text,
    title,
    outlet: outlet.name,
    sourceKind: outlet.kind,
    published,
    role: parts.role,
    of: parts.of,
    paragraphs,
    paragraphOrigins: parts.origins,
  };
  return { doc, day: parts.day, story: parts.story, body: parts.body };
}

function original(id: string, rng: Rng, actors: readonly GeneratorActor[]): Draft {
  const day = FIRST_DAY + rng.int(0, 4000);
  const story = createStory(rng, actors, isoDay(day));
  const body = writeBody(story, rng);
  return draft(
    {
      id,
      role: "original",
      of: null,
      day,
      story,
      body,
      origins: body.map((_, paragraph) => ({ report: id, paragraph })),
    },
    rng,
  );
}

function copier(id: string, source: Draft, rng: Rng, actors: readonly GeneratorActor[]): Draft {
  const day = source.day + rng.int(1, 60);
  const story = createStory(rng, actors, isoDay(day));
  const body = writeBody(story, rng);
  const origins: ParagraphOrigin[] = body.map((_, paragraph) => ({ report: id, paragraph }));
  const taken = rng.shuffle(source.body.map((_, i) => i)).slice(0, rng.int(1, 2));
  for (const q of taken) {
    const copied = source.body[q] ?? [];
    const edit = rng.next();
    const text = copied.join(" ");
    const sentence = edit < 0.5 ? text : edit < 0.8 ? restyleQuotes(text) : substituteWords(text, rng.int(1, 2), rng);
    const at = rng.int(1, body.length);
    body.splice(at, 0, [sentence]);
    origins.splice(at, 0, source.doc.paragraphOrigins[q] ?? { report: source.doc.id, paragraph: q });
  }
  return draft({ id, role: "copier", of: null, day, story, body, origins }, rng);
}

function exactDuplicate(id: string, source: Draft, rng: Rng): Draft {
  const restyle = rng.chance(0.3);
  const body = source.body.map((p) => p.map((s) => (restyle ? restyleQuotes(s) : s)));
  const day = source.day + rng.int(1, 10);
  const story = { ...source.story, published: isoDay(day) };
  return draft(
    { id, role: "exact-duplicate", of: source.doc.id, day, story, body, origins: [...source.doc.paragraphOrigins] },
    rng,
  );
}

function nearDuplicate(id: string, source: Draft, rng: Rng): Draft {
  const day = source.day + rng.int(1, 10);
  const story = { ...source.story, published: isoDay(day) };
  const rates = { sentenceRate: 0.1 + rng.next() * 0.2, wordRate: rng.next() * 0.1 };
  const body = rewriteBody(source.body, story, rng, rates);
  return draft(
    { id, role: "near-duplicate", of: source.doc.id, day, story, body, origins: [...source.doc.paragraphOrigins] },
    rng,
  );
}

/** Generates a corpus: the same options always give the same documents and truth. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const rng = createRng(options.seed);
  const actors = options.actors && options.actors.length > 0 ? options.actors : DEFAULT_ACTORS;
  const drafts: Draft[] = [];
  const plain: Draft[] = [];
  // Originals not yet rewritten: each original gets at most one near duplicate.
  const unrewritten: Draft[] = [];
  for (let i = 0; i < options.documents; i++) {
    const id = `gen-${String(i + 1).padStart(5, "0")}`;
    const roll = rng.next();
    let next: Draft;
    if (drafts.length < 5 || roll < 0.7) next = original(id, rng, actors);
    else if (roll < 0.82) next = copier(id, rng.pick(plain), rng, actors);
    else if (roll < 0.9) next = exactDuplicate(id, rng.pick(drafts), rng);
    else if (unrewritten.length > 0) {
      const at = rng.int(0, unrewritten.length - 1);
      next = nearDuplicate(id, unrewritten[at] as Draft, rng);
      unrewritten[at] = unrewritten[unrewritten.length - 1] as Draft;
      unrewritten.pop();
    } else next = original(id, rng, actors);
    if (next.doc.role === "original") {
      plain.push(next);
      unrewritten.push(next);
    }
    drafts.push(next);
  }
  // Ingest order: by date, but one report in seven arrives up to three weeks early or late.
  const order = drafts.map((d, i) => ({ d, key: d.day + (rng.chance(1 / 7) ? rng.int(-21, 21) : 0) + i / 1e7 }));
  order.sort((a, b) => a.key - b.key);
  const documents = order.map((o) => o.d.doc);
  return { seed: options.seed, documents, truth: deriveTruth(documents) };
}
