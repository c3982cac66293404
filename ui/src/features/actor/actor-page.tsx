// An actor's page: every name with its sources, the sponsor chain, members with roles, victims (with a map),
// the timeline of activity and of legal and diplomatic actions, and each fact with its citing sentences.
import { useState } from "react";
import { api, type ActorProfile } from "../../api.ts";
import { FactBlock } from "../../components/fact.tsx";
import { Show, Title } from "../../components/status.tsx";
import { WorldMap, type MapVictim } from "../../components/world-map.tsx";
import { countryName } from "../../components/names.ts";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";
import { ActorTimeline } from "./actor-timeline.tsx";
import { SponsorChain } from "./sponsor-chain.tsx";
import { Victims } from "./victims.tsx";

const show = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

function Names({ profile }: { profile: ActorProfile }) {
  const first = profile.first_report;
  return (
    <section className="panel" aria-labelledby="a-names">
      <h2 id="a-names">Names ({profile.names.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {profile.names.map((n) => (
            <tr key={n.name}>
              <td>{n.name}</td>
              <td>
                {n.sources.map((s) => (
                  <span key={s} className="tag">
                    {s}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        Named in the stored reports as: {profile.mentions.join(", ") || "—"}.
        {first && (
          <>
            {" "}
            First report: <Link to={paths.document(first.document)}>{first.title ?? first.origin}</Link> (
            {first.published ?? "undated"}).
          </>
        )}
      </p>
    </section>
  );
}

function Members({ profile }: { profile: ActorProfile }) {
  return (
    <section className="panel" aria-labelledby="a-members">
      <h2 id="a-members">Members and people ({profile.persons.length})</h2>
      <ul className="plain facts">
        {profile.persons.map((p) => (
          <FactBlock key={p.fact} fact={p}>
            <strong>{p.name}</strong> <span className="tag">{show(p.role) || "role unknown"}</span>
          </FactBlock>
        ))}
        {profile.persons.length === 0 && <li className="muted">No people named.</li>}
      </ul>
    </section>
  );
}

/** One page of its reports, newest first; the next pages are read on demand, however many there are. */
function Reports({ profile }: { profile: ActorProfile }) {
  const [reports, setReports] = useState(profile.reports);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const more = () => {
    setLoading(true);
    api.actorReports(profile.id, { limit: 100, offset: reports.length }).then(
      (page) => {
        setReports([...reports, ...page.reports]);
        setLoading(false);
      },
      (e: unknown) => {
        setError((e as Error).message);
        setLoading(false);
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="a-reports">
      <h2 id="a-reports">Reports ({profile.reports_total})</h2>
      {reports.length < profile.reports_total && <p className="small muted">The {reports.length} newest shown.</p>}
      <ul className="plain">
        {reports.map((r) => (
          <li key={r.document}>
            <Link to={paths.document(r.document)}>{r.title ?? r.origin}</Link>{" "}
            <span className="small muted">
              {r.published ?? "undated"} · as {r.mentions.join(", ")}
            </span>
          </li>
        ))}
      </ul>
      {error && <p className="error">{error}</p>}
      {reports.length < profile.reports_total && (
        <button type="button" className="secondary small" disabled={loading} onClick={more}>
          {loading ? "Loading…" : `Show ${Math.min(100, profile.reports_total - reports.length)} more`}
        </button>
      )}
    </section>
  );
}

export function ActorPage({ name }: { name: string }) {
  const loaded = useLoad(
    async (signal) => {
      const profile = await api.actor(name, signal);
      const events = await api.events({ actor: profile.id, limit: 50 }, signal);
      return { profile, events };
    },
    [name],
  );
  return (
    <Show loaded={loaded}>
      {({ profile, events }) => {
        const victims = new Map<string, MapVictim>(
          profile.victim_countries.flatMap((v) => (v.code ? [[v.code, { name: v.name, count: v.reports }]] : [])),
        );
        const sponsors = new Map<string, string>(
          profile.attributed_to.flatMap((s) =>
            typeof s.country === "string" && !s.negated ? [[s.country, countryName(s.country)]] : [],
          ),
        );
        return (
          <>
            <Title>{profile.name}</Title>
            <h1>{profile.name}</h1>
            <p className="muted">
              {profile.id} · {profile.aliases.length} known aliases · {profile.reports_total} report
              {profile.reports_total === 1 ? "" : "s"} ·{" "}
              <Link to={paths.graph(profile.id)}>Graph of its neighbourhood</Link>
            </p>
            <div className="grid">
              <Names profile={profile} />
              <SponsorChain sponsors={profile.attributed_to} />
            </div>
            <Members profile={profile} />
            <section aria-labelledby="a-victims">
              <h2 id="a-victims">Victims</h2>
              <WorldMap
                label={`Countries where ${profile.name} had victims: ${[...victims.values()].map((v) => v.name).join(", ") || "none"}`}
                victims={victims}
                sponsors={sponsors}
              />
              <Victims profile={profile} />
            </section>
            <ActorTimeline profile={profile} events={events.events} />
            <Reports profile={profile} />
          </>
        );
      }}
    </Show>
  );
}
