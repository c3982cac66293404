// Cuts a text into runs at every boundary of its highlights, so each run knows the innermost entity, the
// claims and the copied passage over it. Pure: the reader renders the runs as text nodes (never as HTML).
export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly name: string;
  readonly key: string | null;
}

export interface ClaimSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export interface CopySpan {
  readonly start: number;
  readonly end: number;
  readonly from: string;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: EntitySpan | null;
  readonly claims: readonly ClaimSpan[];
  readonly copy: CopySpan | null;
}

const covers = (s: { start: number; end: number }, a: number, b: number) => s.start <= a && b <= s.end;

/** The runs of text[from, to) under these highlights, in order; runs with no highlight are kept too. */
export function runsOf(
  text: string,
  from: number,
  to: number,
  marks: { entities: readonly EntitySpan[]; claims: readonly ClaimSpan[]; copies: readonly CopySpan[] },
): Run[] {
  const inside = <T extends { start: number; end: number }>(list: readonly T[]) =>
    list.filter((s) => s.end > from && s.start < to && s.end > s.start);
  const entities = inside(marks.entities);
  const claims = inside(marks.claims);
  const copies = inside(marks.copies);
  const cuts = new Set<number>([from, to]);
  for (const s of [...entities, ...claims, ...copies]) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    if (b <= a) continue;
    const entity = entities
      .filter((e) => covers(e, a, b))
      .reduce<EntitySpan | null>((best, e) => (!best || e.end - e.start < best.end - best.start ? e : best), null);
    runs.push({
      start: a,
      end: b,
      text: text.slice(a, b),
      entity,
      claims: claims.filter((c) => covers(c, a, b)),
      copy: copies.find((c) => covers(c, a, b)) ?? null,
    });
  }
  return runs;
}
