// A world map (Natural Earth 1:50m, bundled with the UI and fetched from this server) shaded by how many facts
// name each country a victim, with sponsor states outlined and marked. Small states get a dot so Singapore and
// Bahrain show. The same figures are in a table below for keyboards and screen readers.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { useEffect, useMemo, useState } from "react";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-50m.json?url";
import { alpha2Of } from "./countries.ts";

type Country = Feature<Geometry, { name: string }> & { id?: string | number };

let atlas: Promise<Country[]> | null = null;
function loadAtlas(): Promise<Country[]> {
  atlas ??= fetch(atlasUrl)
    .then((res) => res.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topology) => {
      const countries = topology.objects.countries;
      return (feature(topology, countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];
    });
  return atlas;
}

export interface MapVictim {
  readonly name: string;
  /** How many facts or actors name it a victim. */
  readonly count: number;
}

const WIDTH = 960;
const HEIGHT = 480;

/** Shade 1–4 by count relative to the largest. */
const shadeOf = (count: number, max: number) => Math.min(4, Math.max(1, Math.ceil((count / Math.max(1, max)) * 4)));

export function WorldMap(props: {
  readonly label: string;
  readonly victims: ReadonlyMap<string, MapVictim>;
  readonly sponsors: ReadonlyMap<string, string>;
}) {
  const { label, victims, sponsors } = props;
  const [countries, setCountries] = useState<Country[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    loadAtlas().then(setCountries, (e: unknown) => setFailed((e as Error).message));
  }, []);
  const drawn = useMemo(() => {
    if (!countries) return null;
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], {
      type: "Sphere",
    } as unknown as FeatureCollection);
    const path = geoPath(projection);
    const max = Math.max(0, ...[...victims.values()].map((v) => v.count));
    return countries.map((c) => {
      const code = alpha2Of(String(c.id ?? "")) ?? "";
      const victim = victims.get(code);
      const sponsor = sponsors.has(code);
      const d = path(c) ?? "";
      const area = path.area(c);
      const [cx, cy] = path.centroid(c);
      const classes = ["country", victim ? `victim shade-${shadeOf(victim.count, max)}` : "", sponsor ? "sponsor" : ""];
      const title = [c.properties.name, victim ? `victim in ${victim.count}` : "", sponsor ? "sponsor state" : ""]
        .filter(Boolean)
        .join(" — ");
      return { code, d, area, cx, cy, victim, sponsor, className: classes.filter(Boolean).join(" "), title };
    });
  }, [countries, victims, sponsors]);
  const rows = [...victims].sort((a, b) => b[1].count - a[1].count);
  return (
    <figure className="world-map">
      {failed && <p className="error">The map could not be loaded: {failed}</p>}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="world-map">
        <title>{label}</title>
        {drawn?.map((c, i) => (
          <path key={`${c.code}-${i}`} d={c.d} className={c.className} data-code={c.code || undefined}>
            <title>{c.title}</title>
          </path>
        ))}
        {drawn
          ?.filter((c) => (c.victim || c.sponsor) && c.area < 30 && Number.isFinite(c.cx))
          .map((c, i) => (
            <circle key={`dot-${c.code}-${i}`} cx={c.cx} cy={c.cy} r={4} className={`dot ${c.className}`}>
              <title>{c.title}</title>
            </circle>
          ))}
        {drawn
          ?.filter((c) => c.sponsor && Number.isFinite(c.cx))
          .map((c, i) => (
            <text key={`s-${c.code}-${i}`} x={c.cx} y={c.cy} className="sponsor-mark" aria-hidden="true">
              ★
            </text>
          ))}
      </svg>
      <figcaption>
        <span className="legend">
          <span className="swatch shade-1" /> fewer <span className="swatch shade-4" /> more victims
          <span className="swatch sponsor-swatch" /> ★ sponsor state
        </span>
        {!countries && !failed && <span className="muted"> (loading the map…)</span>}
      </figcaption>
      {rows.length > 0 && (
        <details className="map-table">
          <summary>Victim countries as a table ({rows.length})</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Code</th>
                <th scope="col">Named a victim in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([code, v]) => (
                <tr key={code}>
                  <td>{v.name}</td>
                  <td>{code}</td>
                  <td>{v.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {sponsors.size > 0 && <p className="muted small">Sponsor states: {[...sponsors.values()].join(", ")}</p>}
    </figure>
  );
}
