// The ground truth of a generated corpus: which reports are exact duplicates of which, which are near
// duplicates, and which paragraphs were copied from which earlier report. Pairs are unordered and written
// "a|b" with a < b; a copied paragraph names its earliest source.

export const DOCUMENT_ROLES = ["original", "copier", "exact-duplicate", "near-duplicate"] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

export interface ParagraphOrigin {
  readonly report: string;
  readonly paragraph: number;
}

export interface CopiedParagraphTruth {
  readonly report: string;
  readonly paragraph: number;
  readonly source: string;
  readonly sourceParagraph: number;
}

export interface CorpusTruth {
  readonly exactPairs: readonly string[];
  readonly nearPairs: readonly string[];
  readonly copiedParagraphs: readonly CopiedParagraphTruth[];
}

/** The key of an unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface TruthInput {
  readonly id: string;
  readonly role: DocumentRole;
  /** The report this one duplicates or rewrites, for duplicates. */
  readonly of: string | null;
  readonly paragraphOrigins: readonly ParagraphOrigin[];
}

/** Derives the pair sets and the copied paragraphs from each document's role and paragraph origins. */
export function deriveTruth(documents: readonly TruthInput[]): CorpusTruth {
  const root = new Map<string, string>();
  const find = (id: string): string => {
    const parent = root.get(id) ?? id;
    return parent === id ? id : find(parent);
  };
  for (const d of documents) if (d.role === "exact-duplicate" && d.of) root.set(find(d.id), find(d.of));
  const groups = new Map<string, string[]>();
  for (const d of documents) {
    const list = groups.get(find(d.id)) ?? [];
    list.push(d.id);
    groups.set(find(d.id), list);
  }
  const exactPairs = new Set<string>();
  for (const list of groups.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) exactPairs.add(pairKey(list[i] ?? "", list[j] ?? ""));
  const nearPairs = new Set<string>();
  for (const d of documents) {
    if (d.role !== "near-duplicate" || !d.of) continue;
    for (const a of groups.get(find(d.id)) ?? [])
      for (const b of groups.get(find(d.of)) ?? []) nearPairs.add(pairKey(a, b));
  }
  const copiedParagraphs: CopiedParagraphTruth[] = [];
  for (const d of documents) {
    d.paragraphOrigins.forEach((origin, paragraph) => {
      if (origin.report === d.id) return;
      const pair = pairKey(d.id, origin.report);
      if (exactPairs.has(pair) || nearPairs.has(pair)) return;
      copiedParagraphs.push({ report: d.id, paragraph, source: origin.report, sourceParagraph: origin.paragraph });
    });
  }
  return { exactPairs: [...exactPairs].sort(), nearPairs: [...nearPairs].sort(), copiedParagraphs };
}
