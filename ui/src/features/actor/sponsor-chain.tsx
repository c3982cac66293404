// Who is behind the actor: the sponsor chain state → agency → unit → front company → person, as a tree built
// from each sponsor's parent, each link with its certainty, confidence and evidence.
import type { ActorProfile } from "../../api.ts";
import { FactBlock } from "../../components/fact.tsx";
import { countryName } from "../../components/names.ts";

type Sponsor = ActorProfile["attributed_to"][number];

function Node({ sponsor, all }: { sponsor: Sponsor; all: readonly Sponsor[] }) {
  const children = all.filter((s) => s.parent === sponsor.name && s !== sponsor);
  return (
    <FactBlock fact={sponsor}>
      <strong>{sponsor.negated ? `not ${sponsor.name}` : sponsor.name}</strong>{" "}
      <span className="tag">{String(sponsor.level ?? "sponsor")}</span>
      {typeof sponsor.country === "string" && <span className="tag">{countryName(sponsor.country)}</span>}
      <span className="tag">
        {sponsor.certainty}, {sponsor.status}
      </span>
      {sponsor.asserted_by && <span className="small muted"> per {sponsor.asserted_by}</span>}
      {children.length > 0 && (
        <ul className="plain facts chain">
          {children.map((c) => (
            <Node key={c.fact} sponsor={c} all={all} />
          ))}
        </ul>
      )}
    </FactBlock>
  );
}

export function SponsorChain({ sponsors }: { sponsors: readonly Sponsor[] }) {
  const names = new Set(sponsors.map((s) => s.name));
  // Roots: sponsors whose parent is not itself a sponsor here; a chain is drawn from the top.
  const roots = sponsors.filter((s) => typeof s.parent !== "string" || !names.has(s.parent));
  return (
    <section className="panel" aria-labelledby="a-sponsors">
      <h2 id="a-sponsors">Sponsor chain</h2>
      <ul className="plain facts">
        {roots.map((s) => (
          <Node key={s.fact} sponsor={s} all={sponsors} />
        ))}
        {sponsors.length === 0 && <li className="muted">No sponsor named in the reports.</li>}
      </ul>
    </section>
  );
}
