// An extraction's claims and findings as the facts, actions and periods of a snapshot report. Claims are
// grouped by subject — predicate → object, each keeping its sentence and modality; the sponsor chain and
// people's affiliations, which the recognisers keep on their findings, become facts of their own.
import type { ActionFinding, Claim, Evidence, Extraction, Modality } from "../core/index.ts";
import type {
  EntityPointer,
  FactPredicate,
  SnapshotAction,
  SnapshotClaim,
  SnapshotFact,
  SnapshotPeriod,
} from "./snapshot.ts";
import { compareText, pointerKey } from "./snapshot.ts";
import { nameKey, sponsorKey, type EntityIndex } from "./snapshot-entities.ts";

/** How much a plain statement is worth when the recogniser gave no number (as claims are weighed). */
export function confidenceOfCertainty(modality: Modality): number {
  return modality.certainty === "confirmed" ? 0.8 : modality.certainty === "reported" ? 0.6 : 0.5;
}

const PLAIN: Modality = { certainty: "confirmed", status: "done", negated: false, assertedBy: null };

function evidenceOf(e: Evidence): Evidence {
  return { start: e.start, end: e.end, sentence: e.sentence };
}

/** Groups claims by subject, predicate and object; the claims of each in text order. */
function createFactIndex() {
  const facts = new Map<
    string,
    { subject: EntityPointer; predicate: FactPredicate; object: EntityPointer; claims: SnapshotClaim[] }
  >();
  return {
    add(subject: EntityPointer, predicate: FactPredicate, object: EntityPointer, claim: SnapshotClaim): void {
      const id = `${predicate}|${pointerKey(subject)}|${pointerKey(object)}`;
      const fact = facts.get(id) ?? { subject, predicate, object, claims: [] };
      const at = claim.evidence?.start ?? -1;
      if (!fact.claims.some((c) => (c.evidence?.start ?? -1) === at)) fact.claims.push(claim);
      facts.set(id, fact);
    },
    list(): SnapshotFact[] {
      return [...facts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, f]) => ({
          ...f,
          claims: f.claims.sort((a, b) => (a.evidence?.start ?? -1) - (b.evidence?.start ?? -1)),
        }));
    },
  };
}

/** The entity a claim's object (or a member-of claim's subject) is, found by its kind and name. */
function pointerOfClaimEnd(claim: Claim, end: "subject" | "object", extraction: Extraction): EntityPointer | null {
  const ref = claim[end];
  switch (ref.kind) {
    case "actor":
      return { kind: "actor", key: ref.key };
    case "country":
      return { kind: "country", key: ref.key };
    case "sector":
    case "organisation":
    case "person":
      return { kind: ref.kind, key: nameKey(ref.name) };
    case "sponsor": {
      const sponsor = extraction.actors.flatMap((a) => a.attributedTo).find((s) => s.name === ref.name);
      return sponsor ? { kind: "sponsor", key: sponsorKey(sponsor) } : null;
    }
    case "software":
    case "vulnerability":
    case "technique":
    case "indicator":
      // Keyed as the arsenal findings are (S-id, CVE, T-id, refanged value): collectEntities made them so.
      return { kind: ref.kind, key: ref.key };
  }
}

const CLAIM_PREDICATES: Readonly<Partial<Record<Claim["predicate"], FactPredicate>>> = {
  "attributed-to": "attributed-to",
  "member-of": "member-of",
  targets: "targets",
  "accessed-via": "accessed-via",
  "part-of": "part-of",
  "employed-by": "employed-by",
  uses: "uses",
  exploits: "exploits",
  indicates: "indicates",
};

function quantityOf(claim: Claim): string | null {
  const q = claim.detail?.["quantity"];
  return typeof q === "string" && q.trim() !== "" ? q : null;
}

type FactIndex = ReturnType<typeof createFactIndex>;

/** A unit is part of an agency, a front company works for one: the chain the sponsor findings draw. */
function addSponsorChains(extraction: Extraction, entities: EntityIndex, facts: FactIndex): void {
  for (const s of extraction.actors.flatMap((a) => a.attributedTo)) {
    if (!s.parentKey || !entities.has("sponsor", s.parentKey)) continue;
    const claim = {
      modality: s.modality,
      evidence: evidenceOf(s.evidence),
      confidence: confidenceOfCertainty(s.modality),
      quantity: null,
    };
    facts.add(
      { kind: "sponsor", key: sponsorKey(s) },
      s.parentLink ?? "part-of",
      { kind: "sponsor", key: s.parentKey },
      claim,
    );
  }
}

/** Whom a person works for, as the text gives it: one of the sponsors when it names one, else an organisation. */
function addAffiliations(extraction: Extraction, entities: EntityIndex, facts: FactIndex): void {
  const sponsors = extraction.actors.flatMap((a) => a.attributedTo);
  for (const p of extraction.persons) {
    if (!p.affiliation) continue;
    const sponsor = sponsors.find((s) => nameKey(s.name) === nameKey(p.affiliation ?? ""));
    const object: EntityPointer = sponsor
      ? { kind: "sponsor", key: sponsorKey(sponsor) }
      : entities.add({ kind: "organisation", key: nameKey(p.affiliation), name: p.affiliation });
    const claim = {
      modality: PLAIN,
      evidence: evidenceOf(p.evidence),
      confidence: confidenceOfCertainty(PLAIN),
      quantity: null,
    };
    facts.add({ kind: "person", key: nameKey(p.name) }, "employed-by", { kind: object.kind, key: object.key }, claim);
  }
}

/** Catalogue actors the text itself says are one ("X, also known as Y"). */
function addSameActors(extraction: Extraction, facts: FactIndex): void {
  for (const actor of extraction.actors) {
    for (const other of actor.sameInText ?? []) {
      if (!extraction.actors.some((a) => a.entity.key === other.key)) continue;
      const claim = { modality: PLAIN, evidence: null, confidence: actor.confidence, quantity: null };
      facts.add({ kind: "actor", key: actor.entity.key }, "same-as", { kind: "actor", key: other.key }, claim);
    }
  }
}

/** The facts of one extraction: its claims, its sponsor chains, its people's affiliations. */
export function collectFacts(extraction: Extraction, entities: EntityIndex): SnapshotFact[] {
  const facts = createFactIndex();
  for (const claim of extraction.claims) {
    const predicate = CLAIM_PREDICATES[claim.predicate];
    const subject = pointerOfClaimEnd(claim, "subject", extraction);
    const object = pointerOfClaimEnd(claim, "object", extraction);
    if (!predicate || !subject || !object) continue;
    if (subject.kind !== "actor" && !entities.has(subject.kind, subject.key)) continue;
    if (object.kind !== "actor" && !entities.has(object.kind, object.key)) continue;
    const evidence = evidenceOf(claim.evidence);
    facts.add(subject, predicate, object, {
      modality: claim.modality,
      evidence,
      confidence: claim.confidence,
      quantity: quantityOf(claim),
    });
  }
  addSponsorChains(extraction, entities, facts);
  addAffiliations(extraction, entities, facts);
  addSameActors(extraction, facts);
  return facts.list();
}

/** The actors and defendants an action is against: its subject-of-action claims, and names in `against`. */
function concernsOf(action: ActionFinding, extraction: Extraction): EntityPointer[] {
  const pointers = new Map<string, EntityPointer>();
  for (const c of extraction.claims) {
    if (c.predicate !== "subject-of-action" || c.evidence.start !== action.evidence.start) continue;
    if (c.detail?.["kind"] !== action.kind) continue;
    pointers.set(`actor:${c.subject.key}`, { kind: "actor", key: c.subject.key });
  }
  const against = action.against.map(nameKey).join(" | ");
  for (const p of extraction.persons) {
    if (p.role === "defendant" && against.includes(nameKey(p.name))) {
      pointers.set(`person:${nameKey(p.name)}`, { kind: "person", key: nameKey(p.name) });
    }
  }
  return [...pointers.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p);
}

export function collectActions(extraction: Extraction): SnapshotAction[] {
  return extraction.actions
    .map((a) => ({
      type: a.type,
      kind: a.kind,
      date: a.date,
      by: [...a.by],
      against: [...a.against],
      concerns: concernsOf(a, extraction),
      modality: a.modality,
      evidence: evidenceOf(a.evidence),
      confidence: confidenceOfCertainty(a.modality),
    }))
    .sort((a, b) => a.evidence.start - b.evidence.start || compareText(a.kind, b.kind));
}

/** Periods of activity, each with the actor its active-during claim names (or none). */
export function collectPeriods(extraction: Extraction): SnapshotPeriod[] {
  return extraction.periods
    .map((p) => {
      const claim = extraction.claims.find(
        (c) =>
          c.predicate === "active-during" && c.evidence.start === p.evidence.start && c.detail?.["from"] === p.from,
      );
      return { actor: claim?.subject.key ?? null, from: p.from, to: p.to, evidence: evidenceOf(p.evidence) };
    })
    .sort((a, b) => a.evidence.start - b.evidence.start || compareText(a.from, b.from));
}
