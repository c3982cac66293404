// The header's search: actors by any name (forgiving typos) and reports by title, as you type. A combobox:
// arrows move, Enter opens (or shows every result), Escape closes, "/" anywhere focuses it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { api, type SearchResult } from "../../api.ts";
import { navigate, paths } from "../../router.tsx";

interface Option {
  readonly to: string;
  readonly label: string;
  readonly note: string;
}

function optionsOf(result: SearchResult): Option[] {
  return [
    ...result.actors.map((a) => ({
      to: paths.actor(a.key),
      label: a.name,
      note: `${a.matched !== a.name ? `as “${a.matched}” · ` : ""}actor · ${a.reports} report${a.reports === 1 ? "" : "s"}`,
    })),
    ...result.reports.map((r) => ({ to: paths.document(r.id), label: r.title ?? r.origin, note: "report" })),
  ];
}

export function SearchBox() {
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.search(query, 6, controller.signal).then(
        (result) => {
          setOptions(optionsOf(result));
          setActive(-1);
        },
        () => setOptions([]),
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const go = (to: string) => {
    setOpen(false);
    setQ("");
    navigate(to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(-1, i - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = options[active];
      if (chosen) go(chosen.to);
      else if (q.trim()) go(paths.search(q.trim()));
    }
  };
  const shown = open && options.length > 0;
  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search actors by any name, reports and events"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Search any name… ( / )"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ul id={listId} role="listbox" aria-label="Search results">
          {options.map((o, i) => (
            <li
              key={o.to}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(o.to);
              }}
            >
              <strong>{o.label}</strong> <span className="small">{o.note}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
