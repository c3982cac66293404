// A timeline of periods of activity (bars) and legal or diplomatic actions (diamonds) on one time axis, with
// the same entries as an ordered list, oldest first, for reading and for keyboards.
import type { ReactNode } from "react";

export interface TimelineEntry {
  readonly kind: "period" | "action";
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly from: string;
  readonly to: string | null;
  readonly label: string;
  readonly detail?: ReactNode;
}

/** A partial ISO date as a fractional year; `end` takes the end of the year or month. */
function yearOf(date: string, end = false): number {
  const [y = "0", m, d] = date.split("-");
  const year = Number(y);
  if (m === undefined) return year + (end ? 1 : 0);
  const month = Number(m) - 1 + (d === undefined && end ? 1 : 0);
  const day = d === undefined ? 0 : Number(d) - 1 + (end ? 1 : 0);
  return year + month / 12 + day / 365;
}

const WIDTH = 900;
const ROW = 18;

export function Timeline({ entries, label }: { entries: readonly TimelineEntry[]; label: string }) {
  const dated = entries.filter((e) => /^\d{4}/.test(e.from));
  if (dated.length === 0) return <p className="muted">No dated periods or actions.</p>;
  const sorted = [...dated].sort((a, b) => a.from.localeCompare(b.from) || a.kind.localeCompare(b.kind));
  const start = Math.floor(Math.min(...sorted.map((e) => yearOf(e.from))));
  const end = Math.ceil(Math.max(...sorted.map((e) => yearOf(e.to ?? e.from, true)), start + 1));
  const x = (year: number) => 20 + ((year - start) / (end - start)) * (WIDTH - 40);
  const height = 40 + sorted.length * ROW;
  const step = Math.max(1, Math.ceil((end - start) / 10));
  const ticks: number[] = [];
  for (let y = start; y <= end; y += step) ticks.push(y);
  return (
    <div className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <line className="axis" x1={20} x2={WIDTH - 20} y1={20} y2={20} />
        {ticks.map((t) => (
          <text key={t} className="tick" x={x(t)} y={12} textAnchor="middle">
            {t}
          </text>
        ))}
        {sorted.map((e, i) => {
          const y = 34 + i * ROW;
          if (e.kind === "period") {
            const x1 = x(yearOf(e.from));
            const x2 = x(e.to ? yearOf(e.to, true) : end);
            return (
              <rect key={i} className="period" x={x1} y={y - 6} width={Math.max(3, x2 - x1)} height={10} rx={3}>
                <title>{`${e.from}–${e.to ?? "…"} ${e.label}`}</title>
              </rect>
            );
          }
          const cx = x(yearOf(e.from));
          return (
            <path key={i} className="action" d={`M${cx} ${y - 7} l7 7 l-7 7 l-7 -7 z`}>
              <title>{`${e.from} ${e.label}`}</title>
            </path>
          );
        })}
      </svg>
      <ol aria-label={label} data-testid="timeline-list">
        {sorted.map((e, i) => (
          <li key={i} data-date={e.from}>
            <time dateTime={e.from}>{e.kind === "period" ? `${e.from} – ${e.to ?? "…"}` : e.from}</time> {e.label}
            {e.detail && <> {e.detail}</>}
          </li>
        ))}
      </ol>
    </div>
  );
}
