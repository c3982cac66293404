// Claims: ties what the recognisers found to the actors the text is about, as subject — predicate → object
// statements, each resting on its sentence. An analyst reads a victim, a period or an action as being about
// the group named in the same sentence; failing that, the group named last before it in the paragraph;
// failing that, the one group the report is about.
import type {
  ActionFinding,
  ActorFinding,
  Claim,
  EntityRef,
  Evidence,
  Extraction,
  Mention,
  Modality,
  Predicate,
  SegmentedReport,
} from "../../core/index.ts";
import { evidenceFor, sentenceAt, type RecognitionContext } from "./context.ts";
import { linkArsenalToActors } from "./arsenal.ts";
import { readModality } from "./modality.ts";
import { statedMemberships } from "./claims-members.ts";

type Findings = Omit<Extraction, "claims">;

/** Finds the actor a piece of evidence is about, or null when the report leaves it open. */
export function createActorLinker(
  report: SegmentedReport,
  actors: readonly ActorFinding[],
  unattributed: readonly { readonly evidence: Evidence }[] = [],
) {
  const mentions: { mention: Mention; actor: ActorFinding }[] = actors
    .flatMap((actor) => actor.mentionSpans.map((mention) => ({ mention, actor })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const counts = actors.map((a) => a.mentionSpans.filter((m) => m.via !== "coreference").length);
  const total = counts.reduce((a, b) => a + b, 0);
  const best = counts.indexOf(Math.max(...counts));
  // The report is about one group when it is the only one, or holds most of the named mentions.
  const dominant = actors.length === 1 || (total > 0 && (counts[best] ?? 0) / total >= 0.6) ? actors[best] : undefined;
  return (evidence: Evidence): ActorFinding | undefined => {
    const here = mentions.filter((m) => m.mention.start >= evidence.start && m.mention.end <= evidence.end);
    const named = new Set(here.map((m) => m.actor.entity.key));
    if (named.size === 1) return here[0]?.actor;
    if (named.size > 1) return undefined;
    // A sentence about an unnamed team ("a state-linked crew hit the election body") is not about the
    // report's named group, however much the report is about it.
    if (unattributed.some((u) => u.evidence.start < evidence.end && evidence.start < u.evidence.end)) return undefined;
    const sentence = sentenceAt(report, evidence.start);
    if (sentence) {
      const before = mentions.filter((m) => {
        const s = sentenceAt(report, m.mention.start);
        return s !== undefined && s.paragraph === sentence.paragraph && m.mention.end <= evidence.start;
      });
      const last = before[before.length - 1];
      if (last) return last.actor;
    }
    return dominant;
  };
}

function ref(kind: EntityRef["kind"], key: string, name: string): EntityRef {
  return Object.freeze({ kind, key, name });
}

/** The key a name is fused by: folded case and punctuation, a possessive and a trailing acronym in brackets
 * dropped ("China's Ministry of State Security (MSS)" and "China's Ministry of State Security" are one). */
function keyOf(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s*\(\s*[A-Z][A-Z0-9&.-]{1,11}\s*\)\s*$/, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function claim(
  subject: EntityRef,
  predicate: Predicate,
  object: EntityRef,
  evidence: Evidence,
  modality: Modality,
  detail?: Claim["detail"],
): Claim {
  const confidence = modality.certainty === "confirmed" ? 0.8 : modality.certainty === "reported" ? 0.6 : 0.5;
  return Object.freeze({ subject, predicate, object, evidence, modality, confidence, ...(detail ? { detail } : {}) });
}

/** Does an action concern this actor: against it, its members, its sponsors, or "the hackers" of its report? */
function actionConcerns(action: ActionFinding, actor: ActorFinding, members: readonly string[]): boolean {
  const names = new Set([...actor.aliases, ...actor.mentions, actor.entity.name].map(keyOf));
  const sponsors = actor.attributedTo.map((s) => keyOf(s.name));
  return action.against.some((target) => {
    const k = keyOf(target);
    if (names.has(k) || [...names].some((n) => n.length > 3 && k.includes(n))) return true;
    if (members.some((m) => k.includes(keyOf(m)) || keyOf(m).includes(k))) return true;
    if (sponsors.some((s) => s && (k.includes(s) || s.includes(k)))) return true;
    return /\b(hackers?|group|actors?|defendants?|members|operatives|officers|nationals|campaigns?|intrusions|hacking)\b/.test(
      k,
    );
  });
}

/** Does an action name one of these members among its targets? */
function againstMembers(action: ActionFinding, members: readonly string[]): boolean {
  const names = members.map(keyOf).filter((m) => m.length > 0);
  return action.against.some((target) => names.some((m) => keyOf(target) === m));
}

/** Builds the claims of a report from its findings. */
export function buildClaims(report: SegmentedReport, findings: Findings, ctx: RecognitionContext): Claim[] {
  const claims: Claim[] = [];
  const linkActor = createActorLinker(report, findings.actors, findings.unattributed);
  const actorRef = (a: ActorFinding) => a.entity;
  const modalityOf = (e: Evidence) => readModality(report, e);

  for (const actor of findings.actors) {
    for (const m of actor.mentionSpans) {
      if (m.via === "coreference") continue;
      const evidence = evidenceFor(report, m);
      claims.push(
        claim(actorRef(actor), "named-as", ref("actor", actor.entity.key, m.surface), evidence, modalityOf(evidence)),
      );
    }
    for (const s of actor.attributedTo) {
      claims.push(
        claim(actorRef(actor), "attributed-to", ref("sponsor", keyOf(s.name), s.name), s.evidence, s.modality, {
          level: s.level,
          country: s.country,
          parent: s.parent,
        }),
      );
    }
  }
  const members = new Map<string, string[]>();
  const stated = statedMemberships(report, findings.actors, findings.persons);
  for (const p of findings.persons) {
    if (p.role !== "defendant") continue;
    const actor = stated.get(p.name) ?? linkActor(p.evidence);
    if (!actor) continue;
    members.set(actor.entity.key, [...(members.get(actor.entity.key) ?? []), p.name]);
    claims.push(
      claim(ref("person", keyOf(p.name), p.name), "member-of", actorRef(actor), p.evidence, modalityOf(p.evidence), {
        role: p.role,
      }),
    );
  }
  const victims: [EntityRef, Evidence, string | null, boolean][] = [
    ...findings.victimCountries.map(
      (v) =>
        [ref("country", v.code, v.name), v.evidence, v.quantity, false] as [
          EntityRef,
          Evidence,
          string | null,
          boolean,
        ],
    ),
    ...findings.victimSectors.map(
      (v) =>
        [ref("sector", keyOf(v.name), v.name), v.evidence, v.quantity, v.accessPath] as [
          EntityRef,
          Evidence,
          string | null,
          boolean,
        ],
    ),
    ...findings.victimOrganisations.map(
      (v) =>
        [ref("organisation", keyOf(v.name), v.name), v.evidence, v.quantity, v.accessPath] as [
          EntityRef,
          Evidence,
          string | null,
          boolean,
        ],
    ),
  ];
  for (const [object, evidence, quantity, accessPath] of victims) {
    const actor = linkActor(evidence);
    if (!actor) continue;
    claims.push(
      claim(actorRef(actor), accessPath ? "accessed-via" : "targets", object, evidence, modalityOf(evidence), {
        quantity,
      }),
    );
  }
  for (const period of findings.periods) {
    const actor = linkActor(period.evidence);
    if (!actor) continue;
    const label = period.to ? `${period.from}–${period.to}` : `${period.from}–`;
    claims.push(
      claim(
        actorRef(actor),
        "active-during",
        ref("organisation", `period:${label}`, label),
        period.evidence,
        modalityOf(period.evidence),
        { from: period.from, to: period.to },
      ),
    );
  }
  for (const action of findings.actions) {
    for (const actor of findings.actors) {
      const linked = linkActor(action.evidence);
      const ownMembers = members.get(actor.entity.key) ?? [];
      // An action against the group's own members is about the group, wherever else the sentence points.
      if (!againstMembers(action, ownMembers)) {
        const concerns = actionConcerns(action, actor, ownMembers);
        if (!concerns || (linked && linked.entity.key !== actor.entity.key)) continue;
        if (!linked && findings.actors.length > 1) continue;
      }
      const label = `${action.type}${action.date ? ` ${action.date}` : ""}`;
      claims.push(
        claim(
          actorRef(actor),
          "subject-of-action",
          ref("organisation", `action:${action.kind}:${action.date ?? "undated"}`, label),
          action.evidence,
          action.modality,
          {
            type: action.type,
            kind: action.kind,
            date: action.date,
            by: action.by.join("; "),
            against: action.against.join("; "),
          },
        ),
      );
    }
  }
  if (findings.arsenal) {
    const actors = new Map(findings.actors.map((a) => [a.entity.key, a]));
    for (const link of linkArsenalToActors(report, findings.arsenal, ctx)) {
      const actor = actors.get(link.actorKey);
      if (!actor) continue;
      claims.push(
        Object.freeze({
          subject: actorRef(actor),
          predicate: link.predicate,
          object: ref(link.object.kind, link.object.key, link.object.name),
          evidence: link.evidence,
          modality: link.modality,
          confidence: link.confidence,
        }),
      );
    }
  }
  return claims;
}
