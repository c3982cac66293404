// Ingest from the browser: paste a report, upload files (text, HTML, RSS/Atom feeds, JSON {text, …}) or give
// URLs of pages and feeds for the server to fetch; each goes to POST /api/ingest (or /api/ingest/url) with the
// bearer token, one at a time, with progress and one outcome per report.
import { useState, type FormEvent } from "react";
import { ApiError, post, type IngestResponse, type IngestUrlResponse } from "../../api.ts";
import { Title } from "../../components/status.tsx";
import { TokenField } from "../../components/token-field.tsx";
import { Link, paths } from "../../router.tsx";
import { readToken } from "../../token.ts";

interface Outcome {
  readonly origin: string;
  readonly status: string;
  readonly id?: string;
  readonly title?: string | null;
  readonly reason?: string;
}

const TYPES: Record<string, string> = {
  html: "text/html",
  htm: "text/html",
  xml: "application/xml",
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/json",
  md: "text/markdown",
};
const typeOf = (name: string) => TYPES[name.split(".").pop()?.toLowerCase() ?? ""] ?? "text/plain";

function outcomesOf(origin: string, res: IngestResponse): Outcome[] {
  return res.results.map((r) =>
    "reason" in r
      ? { origin: r.origin === "api" ? origin : r.origin, status: r.status, reason: r.reason }
      : { origin: r.origin === "api" ? origin : r.origin, status: r.status, id: r.id, title: r.title },
  );
}

interface Job {
  readonly origin: string;
  readonly body: BodyInit;
  /** The body's Content-Type, or "url": a JSON {url} for the server to fetch. */
  readonly type: string;
}

/** Sends one job: a body to POST /api/ingest, or a URL to POST /api/ingest/url (answered with what it fetched). */
async function ingest(job: Job): Promise<IngestResponse> {
  if (job.type !== "url") return post<IngestResponse>("/ingest", job.body, job.type, readToken());
  return (await post<IngestUrlResponse>("/ingest/url", job.body, "application/json", readToken())).ingest;
}

/** The URLs of a text box, one a line; blank lines and duplicates left out. */
const urlList = (text: string) => [...new Set(text.split("\n").map((u) => u.trim()))].filter(Boolean);

export function IngestPage() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [published, setPublished] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [urls, setUrls] = useState("");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [error, setError] = useState<string | null>(null);

  const send = async (jobs: Job[]) => {
    setError(null);
    setOutcomes([]);
    setProgress({ done: 0, total: jobs.length });
    const all: Outcome[] = [];
    for (const [i, job] of jobs.entries()) {
      try {
        all.push(...outcomesOf(job.origin, await ingest(job)));
      } catch (e) {
        const message = e instanceof ApiError ? `${e.message} (${e.code})` : (e as Error).message;
        all.push({ origin: job.origin, status: "failed", reason: message });
        // A missing or refused token stops the batch; a source refused (refused-address, also a 403) does not.
        if (e instanceof ApiError && (e.code === "unauthorized" || e.code === "forbidden")) {
          setError(message);
          break;
        }
      }
      setOutcomes([...all]);
      setProgress({ done: i + 1, total: jobs.length });
    }
    setProgress(null);
  };

  const onPaste = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      text,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
      ...(published ? { published } : {}),
    };
    void send([{ origin: title.trim() || "pasted text", body: JSON.stringify(body), type: "application/json" }]);
  };
  const onUpload = (e: FormEvent) => {
    e.preventDefault();
    void Promise.all(files.map(async (f) => ({ origin: f.name, body: await f.text(), type: typeOf(f.name) }))).then(
      send,
    );
  };
  const onFetch = (e: FormEvent) => {
    e.preventDefault();
    void send(urlList(urls).map((u) => ({ origin: u, body: JSON.stringify({ url: u }), type: "url" })));
  };
  const busy = progress !== null;
  const toFetch = urlList(urls).length;
  return (
    <>
      <Title>Ingest</Title>
      <h1>Ingest reports</h1>
      <TokenField />
      <div className="grid">
        <form className="panel" onSubmit={onPaste} aria-labelledby="i-paste">
          <h2 id="i-paste">Paste a report</h2>
          <label htmlFor="i-text">Text</label>
          <textarea id="i-text" required value={text} onChange={(e) => setText(e.target.value)} />
          <label htmlFor="i-title">Title (optional)</label>
          <input id="i-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} size={40} />
          <label htmlFor="i-url">Where it was published (URL, optional)</label>
          <input id="i-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} size={40} />
          <label htmlFor="i-published">Publication date (optional)</label>
          <input id="i-published" type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          <p>
            <button type="submit" disabled={busy || !text.trim()}>
              Ingest the text
            </button>
          </p>
        </form>
        <form className="panel" onSubmit={onUpload} aria-labelledby="i-upload">
          <h2 id="i-upload">Upload files</h2>
          <label htmlFor="i-files">Reports: text, HTML, RSS or Atom feeds, JSON</label>
          <input
            id="i-files"
            type="file"
            multiple
            accept=".txt,.text,.md,.html,.htm,.xml,.rss,.atom,.json"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <p>
            <button type="submit" disabled={busy || files.length === 0}>
              Ingest {files.length || ""} file{files.length === 1 ? "" : "s"}
            </button>
          </p>
          <p className="small muted">
            A saved web page or a feed is read here; the source&apos;s scripts and styles are never kept or run.
          </p>
        </form>
        <form className="panel" onSubmit={onFetch} aria-labelledby="i-fetch">
          <h2 id="i-fetch">Fetch by URL</h2>
          <label htmlFor="i-urls">Web pages or RSS/Atom feeds, one URL a line</label>
          <textarea
            id="i-urls"
            className="urls"
            required
            value={urls}
            onChange={(e) => setUrls(e.target.value)}
            placeholder="https://example.org/feed.xml"
          />
          <p>
            <button type="submit" disabled={busy || toFetch === 0}>
              Fetch and ingest {toFetch || ""} URL{toFetch === 1 ? "" : "s"}
            </button>
          </p>
          <p className="small muted">
            The server fetches each, within its time and size limits; private and loopback addresses are refused unless
            it was started with --allow-private.
          </p>
        </form>
      </div>
      <section aria-live="polite" aria-labelledby="i-results">
        <h2 id="i-results">Results</h2>
        {progress && (
          <p>
            <progress max={progress.total} value={progress.done} aria-label="Ingest progress" /> {progress.done} of{" "}
            {progress.total}
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <ul className="plain" data-testid="ingest-results">
          {outcomes.map((o, i) => (
            <li key={`${o.origin}-${i}`}>
              <span className="tag">{o.status}</span>{" "}
              {o.id ? <Link to={paths.document(o.id)}>{o.title ?? o.origin}</Link> : o.origin}
              {o.reason && <span className="small muted"> — {o.reason}</span>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
