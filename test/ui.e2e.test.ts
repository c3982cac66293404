// The web UI end to end: the UI built as users get it (npm run build:ui), `espial serve` as a real process on
// a loopback port with a temp store holding the sample reports, and Debian's headless Chromium driven by
// Playwright. Each page is checked as an analyst uses it, scanned by axe-core, and photographed at 1280×800
// and 390×844 in light and dark (test-results/ui-screenshots/, gitignored).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { espial, ROOT, tempDir } from "./helpers.ts";

const CHROMIUM = process.env["ESPIAL_CHROMIUM"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TOKEN = "ui-test-token-5c1e9a7f3b2d4e60";
const SHOTS = join(ROOT, "test-results", "ui-screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;

if (!hasChromium) {
  if (process.env["CI"])
    throw new Error(`the browser tests need Chromium at ${CHROMIUM} in CI (apt-get install chromium)`);
  console.warn(
    `skipping the web UI tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set ESPIAL_CHROMIUM)`,
  );
}

// A hostile report of our own: markup that would run if the UI ever parsed stored text as HTML.
const HOSTILE = [
  "Exploit kit notes from a honeypot operator",
  "",
  'The lure page carried <script>window.__espialPwned = "script";</script> in its body and an image tag',
  '<img src="x" onerror="window.__espialPwned = \'onerror\'"> that fired on load in unpatched browsers.',
  "Analysts attributed the page to APT28, also called Fancy Bear, in a note published on Monday.",
].join("\n");

let dir = "";
let cleanup = async () => {};
let server: ChildProcessWithoutNullStreams | null = null;
let base = "";
let browser: Browser | null = null;
let serverLog = "";

/** Starts `espial serve` on a free loopback port; resolves with its URL. */
function serve(db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "espial.js"), "serve", "--port", "0", "--db", db], {
      cwd: ROOT,
      env: { ...process.env, ESPIAL_TOKEN: TOKEN },
    });
    server = child;
    const timer = setTimeout(() => reject(new Error(`espial serve did not start: ${serverLog}`)), 60_000);
    const onData = (chunk: Buffer) => {
      serverLog += chunk.toString();
      const match = /serving (http:\/\/[^\s]+)\/api/.exec(serverLog);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`espial serve exited ${code}: ${serverLog}`)));
  });
}

async function newPage(
  size: keyof typeof SIZES = "desktop",
  scheme: (typeof SCHEMES)[number] = "light",
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ viewport: SIZES[size], colorScheme: scheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // Nothing but this server: a request elsewhere (a CDN, a font, a tile) is refused and fails the test.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:")) return route.continue();
    errors.push(`request outside the server: ${url}`);
    return route.abort("blockedbyclient");
  });
  return { context, page, errors };
}

/** Serious or critical axe-core violations of the page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!hasChromium)("the web UI in headless Chromium", () => {
  beforeAll(async () => {
    const build = spawnSync("npm", ["run", "--silent", "build:ui"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error(`npm run build:ui failed: ${build.stderr}${build.stdout}`);
    ({ dir, cleanup } = await tempDir("espial-ui-"));
    const db = join(dir, "store");
    const ingested = await espial(["ingest", join(ROOT, "samples"), "--db", db]);
    expect(ingested.code, ingested.stderr).toBe(0);
    base = await serve(db);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const stopped = new Promise((r) => server?.once("exit", r));
      server.kill("SIGTERM");
      await stopped;
    }
    await cleanup();
  });

  it("serves the UI with the strict CSP, content types and the SPA fallback", async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    const js = await fetch(`${base}${script}`);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toContain("immutable");
    const deep = await fetch(`${base}/actors/APT10`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    expect((await fetch(`${base}/assets/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${base}/api/nothing-here`)).headers.get("content-type")).toMatch(/json/);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it("opens the dashboard with counts, the shaded map, latest events and active actors", async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/`);
    await page.locator(".counts li").first().waitFor();
    expect(await page.locator(".counts li").count()).toBeGreaterThan(3);
    await page.locator(".world-map path.victim").first().waitFor();
    expect(await page.locator(".world-map path.victim").count()).toBeGreaterThan(2);
    expect(await page.locator(".world-map path.sponsor").count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "APT10" }).count()).toBeGreaterThan(0);
    expect(await page.locator("#d-events + ul li a").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens APT10 from search by typing "stone panda", with the map, the timeline and the facts', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/`);
    await page.locator(".counts li").first().waitFor();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
    await page.keyboard.type("stone panda");
    const option = page.getByRole("option").first();
    await option.waitFor();
    expect(await option.textContent()).toContain("APT10");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "APT10" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/actors\//);
    // The map shades the victim countries the reports name (the United States among them).
    await page.locator('.world-map path.victim[data-code="US"]').first().waitFor();
    const fill = (code: string) =>
      page
        .locator(`.world-map path[data-code="${code}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    expect(await fill("US")).not.toBe(await fill("BR"));
    // The timeline shows the indictment of 2018-12-20.
    const onThatDay = page.locator('[data-testid="timeline-list"] li[data-date="2018-12-20"]');
    expect(await onThatDay.filter({ hasText: /^2018-12-20 indictment/ }).count()).toBe(1);
    // Every name with its sources, and the sponsor chain.
    expect(await page.locator("#a-names + table").textContent()).toContain("Stone Panda");
    expect(await page.locator("#a-sponsors + ul").textContent()).toContain("Ministry of State Security");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a fact's sentence highlighted in its document", async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/actors/APT10`);
    const cite = page.locator("#a-sponsors + ul a.cite").first();
    const quoted = ((await cite.textContent()) ?? "").replace(/^“|”$/g, "");
    expect(quoted.length).toBeGreaterThan(20);
    await cite.click();
    const focus = page.locator('[data-testid="document-text"] mark.focus');
    await focus.waitFor();
    const text = ((await focus.textContent()) ?? "").replace(/\s+/g, " ").trim();
    expect(text).toBe(quoted);
    expect(await focus.isVisible()).toBe(true);
    // The entities the text names are highlighted, the actor linking to its page.
    expect(await page.locator('[data-testid="document-text"] a.ent-actor').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="document-text"] .claim').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ingests a pasted report from the browser, and its <script> and onerror= payloads stay inert text", async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/ingest`);
    await page.getByLabel(/Bearer token/).fill(TOKEN);
    await page.getByLabel("Text", { exact: true }).fill(HOSTILE);
    await page.getByLabel("Title (optional)").fill("Exploit kit notes");
    await page.getByRole("button", { name: "Ingest the text" }).click();
    const stored = page.locator('[data-testid="ingest-results"] a').first();
    await stored.waitFor();
    expect(await page.locator('[data-testid="ingest-results"]').textContent()).toContain("stored");
    await stored.click();
    const body = page.locator('[data-testid="document-text"]');
    await body.waitFor();
    expect(await body.textContent()).toContain("<script>window.__espialPwned");
    expect(await body.textContent()).toContain("onerror=");
    expect(await body.locator("script, img, iframe, object").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __espialPwned?: string }).__espialPwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  const PAGES = [
    { name: "dashboard", path: "/", ready: ".world-map path.victim" },
    { name: "actor", path: "/actors/APT10", ready: '[data-testid="timeline-list"]' },
    { name: "graph", path: "/actors/APT10/graph", ready: ".graph-canvas canvas" },
    { name: "events", path: "/events", ready: "main table" },
    { name: "documents", path: "/documents", ready: "main table" },
    { name: "search", path: "/search?q=fancy%20bear", ready: "#s-actors + ul li" },
    { name: "ingest", path: "/ingest", ready: "#i-paste" },
    { name: "review", path: "/review", ready: "main h1" },
  ] as const;

  it("has no serious or critical accessibility violation, and photographs each page at both sizes in both schemes", async () => {
    const problems: string[] = [];
    const event = (await (await fetch(`${base}/api/events?limit=1`)).json()) as unknown;
    const reports = (await (await fetch(`${base}/api/reports?limit=1`)).json()) as unknown;
    const extra = [
      { name: "event", path: `/events/${(event as { events: { id: string }[] }).events[0]?.id}`, ready: "#e-actions" },
      {
        name: "document",
        path: `/documents/${(reports as { reports: { id: string }[] }).reports[0]?.id}`,
        ready: '[data-testid="document-text"]',
      },
    ];
    for (const target of [...PAGES, ...extra]) {
      for (const scheme of SCHEMES) {
        for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
          const { context, page, errors } = await newPage(size, scheme);
          await page.goto(`${base}${target.path}`);
          await page.locator(target.ready).first().waitFor({ state: "attached" });
          await page.waitForTimeout(150);
          await page.screenshot({ path: join(SHOTS, `${target.name}-${size}-${scheme}.png`), fullPage: true });
          if (size === "desktop" || target.name === "dashboard")
            problems.push(...(await axeProblems(page)).map((p) => `${target.name} ${size} ${scheme}: ${p}`));
          problems.push(...errors.map((e) => `${target.name} ${size} ${scheme}: ${e}`));
          await context.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it("is keyboard navigable: skip link, then the search, then the navigation", async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    await page.locator(".counts li").first().waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
    await page.keyboard.type("fancy bear");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Search/ }).waitFor();
    expect(await page.locator("#s-actors + ul").textContent()).toContain("APT28");
    await context.close();
  });
});
