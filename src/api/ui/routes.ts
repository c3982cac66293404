// The web UI at `/`: the built files with their content types, and index.html for any other path that is not
// an API route or a file (the UI routes in the browser). Runs under the API's security headers (strict CSP).
// Without a built UI, `/` says how to build it.
import { EspialError } from "../../core/index.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import type { UiAssets, UiFile, UiMissing } from "./assets.ts";

const send = (file: UiFile) =>
  new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });

/** Serves `deps.ui` (when given) for GET and HEAD outside /api. */
export function registerUiRoutes(app: ApiApp, deps: Pick<ApiDeps, "ui">): void {
  const ui: UiAssets | UiMissing | undefined | null = deps.ui;
  if (!ui) return;
  app.on(["GET", "HEAD"], "*", async (c, next) => {
    const path = c.req.path;
    if (/^\/(api|taxii2)(\/|$)/.test(path)) return next();
    if ("missing" in ui) {
      return c.text(`Espial: ${ui.missing}, then restart espial serve. The API is at /api.\n`, 503, {
        "Cache-Control": "no-store",
      });
    }
    const file = path === "/" ? null : await ui.read(path);
    if (file) return send(file);
    // A path with an extension names a file: a missing one is a 404, not the app.
    if (/\.[A-Za-z0-9]+$/.test(path)) throw new EspialError("not-found", `no file ${path} in the web UI`);
    const index = await ui.read("/index.html");
    if (!index) throw new EspialError("not-found", "the web UI has no index.html");
    return send(index);
  });
}
