// The shell: a skip link, the header (brand, search, navigation) and the page the path picks.
import { useEffect, useRef } from "react";
import { SearchBox } from "./features/search/search-box.tsx";
import { SearchPage } from "./features/search/search-page.tsx";
import { Dashboard } from "./features/dashboard/dashboard.tsx";
import { ActorPage } from "./features/actor/actor-page.tsx";
import { GraphPage } from "./features/graph/graph-page.tsx";
import { EventPage } from "./features/event/event-page.tsx";
import { EventsPage } from "./features/event/events-page.tsx";
import { DocumentPage } from "./features/document/document-page.tsx";
import { DocumentsPage } from "./features/document/documents-page.tsx";
import { IngestPage } from "./features/ingest/ingest-page.tsx";
import { ReviewPage } from "./features/review/review-page.tsx";
import { Link, PlaceProvider, usePlace } from "./router.tsx";

const NAV = [
  { to: "/", label: "Dashboard" },
  { to: "/events", label: "Events" },
  { to: "/documents", label: "Documents" },
  { to: "/review", label: "Review" },
  { to: "/ingest", label: "Ingest" },
] as const;

function Page() {
  const { path, query } = usePlace();
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [section, id, sub] = parts;
  if (parts.length === 0) return <Dashboard />;
  if (section === "actors" && id && sub === "graph") return <GraphPage name={id} />;
  if (section === "actors" && id) return <ActorPage name={id} />;
  if (section === "events" && id) return <EventPage id={id} />;
  if (section === "events") return <EventsPage />;
  if (section === "documents" && id) {
    const start = Number(query.get("start"));
    const end = Number(query.get("end"));
    const focus = query.has("start") && end > start ? { start, end } : null;
    return <DocumentPage id={id} focus={focus} />;
  }
  if (section === "documents") return <DocumentsPage />;
  if (section === "search") return <SearchPage q={query.get("q") ?? ""} />;
  if (section === "ingest") return <IngestPage />;
  if (section === "review") return <ReviewPage />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        Nothing is at {path}. <Link to="/">Back to the dashboard</Link>.
      </p>
    </>
  );
}

function Shell() {
  const { path } = usePlace();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation (not the first load), move focus to the page so screen readers and keyboards start there.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [path]);
  const current = (to: string) => (to === "/" ? path === "/" : path.startsWith(to));
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Espial
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={current(n.to) ? "page" : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page />
      </main>
    </>
  );
}

export function App() {
  return (
    <PlaceProvider>
      <Shell />
    </PlaceProvider>
  );
}
