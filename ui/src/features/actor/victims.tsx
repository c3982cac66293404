// The actor's victims: countries, sectors and organisations, each with its quantity and evidence.
import type { ActorProfile } from "../../api.ts";
import { FactBlock } from "../../components/fact.tsx";

type Victim = ActorProfile["victim_countries"][number];

function Group({ title, id, victims }: { title: string; id: string; victims: readonly Victim[] }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({victims.length})
      </h3>
      <ul className="plain facts">
        {victims.map((v) => (
          <FactBlock key={v.fact} fact={v}>
            <strong>{v.name}</strong>
            {v.quantity !== null && <span className="tag">{String(v.quantity)}</span>}
            {v.access_path && <span className="tag">a way in to others</span>}
          </FactBlock>
        ))}
        {victims.length === 0 && <li className="muted">None named.</li>}
      </ul>
    </section>
  );
}

export function Victims({ profile }: { profile: ActorProfile }) {
  return (
    <div className="grid">
      <Group title="Countries" id="v-countries" victims={profile.victim_countries} />
      <Group title="Sectors" id="v-sectors" victims={profile.victim_sectors} />
      <Group title="Organisations" id="v-organisations" victims={profile.victim_organizations} />
    </div>
  );
}
