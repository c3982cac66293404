// Builds the web UI into dist/ui (served by `espial serve` at /). Fully offline: every script, style and the
// world map are bundled; nothing is fetched from elsewhere at run time. `npm run dev:ui` proxies /api to a
// local `espial serve`.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: "ui",
  base: "/",
  plugins: [react()],
  build: {
    outDir: "../dist/ui",
    emptyOutDir: true,
    // No data: URLs for scripts or fonts; small images may inline (the CSP allows data: images only).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { "/api": "http://127.0.0.1:7410" } },
});
