// The graph of an actor's neighbourhood (cytoscape): sponsors, members, victims, events and the other actors
// of those events. Nodes that have a page open it on click or Enter; the same graph is listed as text.
import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { api } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { Link, navigate, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";
import { neighbourhoodOf, type GraphEdge, type GraphNode } from "./neighbourhood.ts";

/**
 * Cytoscape adds an inline <style> (which the CSP refuses) unless an element with this id exists; its one rule
 * (the container positioned) is in styles.css instead.
 */
function preventInlineStylesheet(): void {
  const id = "__________cytoscape_stylesheet";
  if (document.getElementById(id)) return;
  const placeholder = document.createElement("meta");
  placeholder.id = id;
  document.head.append(placeholder);
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";

function Graph({ nodes, edges, center }: { nodes: GraphNode[]; edges: GraphEdge[]; center: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    preventInlineStylesheet();
    const colour: Record<GraphNode["kind"], string> = {
      actor: css("--accent"),
      sponsor: css("--sponsor"),
      person: css("--shade-2"),
      victim: css("--shade-4"),
      event: css("--copied"),
    };
    const cy = cytoscape({
      container: host.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, colour: colour[n.kind], to: n.to ?? "" } })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            label: "data(label)",
            color: css("--text"),
            "font-size": 11,
            "text-wrap": "wrap",
            "text-max-width": "120px",
            "text-valign": "bottom",
            "text-margin-y": 4,
            width: 18,
            height: 18,
          },
        },
        {
          selector: `node[id = "${center.replace(/"/g, '\\"')}"]`,
          style: { width: 32, height: 32, "font-weight": "bold" },
        },
        {
          selector: "edge",
          style: {
            width: 1.5,
            "line-color": css("--border"),
            "target-arrow-color": css("--border"),
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: "data(label)",
            "font-size": 9,
            color: css("--muted"),
            "text-rotation": "autorotate",
          },
        },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    });
    cy.on("tap", "node", (event) => {
      const to = (event.target as cytoscape.NodeSingular).data("to") as string;
      if (to) navigate(to);
    });
    return () => cy.destroy();
  }, [nodes, edges, center]);
  return <div ref={host} className="graph-canvas" role="img" aria-label="Graph of the actor's neighbourhood" />;
}

export function GraphPage({ name }: { name: string }) {
  const loaded = useLoad(
    async (signal) => {
      const profile = await api.actor(name, signal);
      const events = await api.events({ actor: profile.id, limit: 100 }, signal);
      return { profile, ...neighbourhoodOf(profile, events.events) };
    },
    [name],
  );
  return (
    <Show loaded={loaded}>
      {({ profile, nodes, edges, center }) => (
        <>
          <Title>{`${profile.name}: graph`}</Title>
          <h1>{profile.name}: neighbourhood</h1>
          <p>
            <Link to={paths.actor(profile.id)}>Back to {profile.name}</Link> · {nodes.length} nodes, {edges.length}{" "}
            links · drag to move, scroll to zoom, click an event or actor to open it.
          </p>
          <Graph nodes={nodes} edges={edges} center={center} />
          <details className="panel">
            <summary>The graph as a list</summary>
            <ul>
              {edges.map((e) => {
                const source = nodes.find((n) => n.id === e.source);
                const target = nodes.find((n) => n.id === e.target);
                const named = (n: GraphNode | undefined) => (n?.to ? <Link to={n.to}>{n.label}</Link> : n?.label);
                return (
                  <li key={e.id}>
                    {named(source)} — {e.label} → {named(target)}
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      )}
    </Show>
  );
}
