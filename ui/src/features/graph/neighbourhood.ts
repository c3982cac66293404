// An actor's neighbourhood as nodes and edges: its sponsors (chained by parent), members, victims and events.
// Pure: the graph page draws it with cytoscape and lists it as text.
import type { ActorProfile, EventList } from "../../api.ts";
import { paths } from "../../router.tsx";

export type NodeKind = "actor" | "sponsor" | "person" | "victim" | "event";

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** Where activating the node goes, if anywhere. */
  readonly to: string | null;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}

export function neighbourhoodOf(profile: ActorProfile, events: EventList["events"]) {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (node: GraphNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  const link = (source: string, target: string, label: string) =>
    edges.push({ id: `${source}->${target}:${label}`, source, target, label });
  const center = `actor:${profile.id}`;
  add({ id: center, label: profile.name, kind: "actor", to: null });
  const sponsorNames = new Set(profile.attributed_to.map((s) => s.name));
  for (const s of profile.attributed_to) {
    add({ id: `sponsor:${s.name}`, label: s.name, kind: "sponsor", to: null });
    if (typeof s.parent === "string" && sponsorNames.has(s.parent))
      link(`sponsor:${s.name}`, `sponsor:${s.parent}`, "part of");
    if (typeof s.parent !== "string" || !sponsorNames.has(s.parent) || s.level === "unit")
      link(center, `sponsor:${s.name}`, s.negated ? "not attributed to" : "attributed to");
  }
  for (const p of profile.persons) {
    add({ id: `person:${p.name}`, label: p.name, kind: "person", to: null });
    link(`person:${p.name}`, center, typeof p.role === "string" ? p.role : "member");
  }
  for (const v of [...profile.victim_countries, ...profile.victim_sectors, ...profile.victim_organizations]) {
    add({ id: `victim:${v.name}`, label: v.name, kind: "victim", to: null });
    link(center, `victim:${v.name}`, "targets");
  }
  for (const e of events) {
    add({
      id: `event:${e.id}`,
      label: `${e.from ?? "undated"} ${e.types.join(", ")}`,
      kind: "event",
      to: paths.event(e.id),
    });
    link(`event:${e.id}`, center, "concerns");
    for (const a of e.actors) {
      if (`actor:${a.key}` === center) continue;
      add({ id: `actor:${a.key}`, label: a.name, kind: "actor", to: paths.actor(a.key) });
      link(`event:${e.id}`, `actor:${a.key}`, "concerns");
    }
  }
  return { nodes: [...nodes.values()], edges, center };
}
