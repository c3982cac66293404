// The built web UI as a port the API serves from: files of a folder (dist/ui, made by `npm run build:ui`),
// read on demand with a content type. Paths are confined to the folder: no "..", no absolute paths, no
// dot-files. When the folder holds no index.html the UI is reported missing with how to build it.
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

export interface UiFile {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly type: string;
  /** Content-hashed (under assets/): safe to cache for a year. */
  readonly immutable: boolean;
}

export interface UiAssets {
  /** The file at this URL path ("/assets/index-abc.js"), or null when there is none. */
  read(path: string): Promise<UiFile | null>;
}

/** What the server says when the UI is not built, with how to build it. */
export interface UiMissing {
  readonly missing: string;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The URL path as a file below root, or null when it would leave it or names something hidden. */
function fileOf(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const parts = decoded.split("/").filter((p) => p !== "");
  if (parts.some((p) => p === ".." || p.startsWith(".") || p.includes("\\") || p.includes("\0"))) return null;
  const file = resolve(root, ...parts);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * Opens the built UI in `dir`; a UiMissing when it holds no index.html.
 * @example const ui = await openUiAssets("dist/ui"); if ("read" in ui) await ui.read("/index.html")
 */
export async function openUiAssets(dir: string): Promise<UiAssets | UiMissing> {
  const root = resolve(dir);
  const index = await stat(join(root, "index.html")).catch(() => null);
  if (!index?.isFile())
    return { missing: `the web UI is not built (no ${join(root, "index.html")}): run npm run build:ui` };
  return {
    async read(path) {
      const file = fileOf(root, path);
      const type = file ? TYPES[extname(file).toLowerCase()] : undefined;
      if (!file || !type) return null;
      const body = await readFile(file).catch(() => null);
      if (!body) return null;
      return {
        body: new Uint8Array(body),
        type,
        immutable: path.startsWith("/assets/"),
      };
    },
  };
}
