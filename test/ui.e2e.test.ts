// The web UI end to end: the UI built as users get it (npm run build:ui), `espial serve` as a real process on
// a loopback port with a temp store holding the sample reports, and Debian's headless Chromium driven by
// Playwright. Each page is checked as an analyst uses it (review decisions reaching the actor page, merge and
// separate, undo, ingest by URL refused for loopback), scanned by axe-core, and photographed at 1280×800 and
// 390×844 in light and dark (test-results/ui-screenshots/, gitignored). One store, one server and one browser
// serve every test; the photographs reuse one browser context per size and scheme (its cache keeps the bundle).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
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

// A report of our own for the review tests: one claim each about APT10 (Iceland) and APT3 (Chile), no other report's.
const REVIEWED = [
  "Agencies tie hospital and engineering intrusions to two crews",
  "",
  "REYKJAVIK, 12 April 2024 - The national cyber agency said on Friday that APT10 broke into hospitals in Iceland over the winter.",
  "",
  "Researchers said separately that APT3, also called Gothic Panda, broke into engineering firms in Chile.",
].join("\n");

/** Seven short reports, each in its own words, that APT41 targeted Japan: more sentences than a page holds. */
const SEVEN = [
  "Investigators said on 3 March 2019 that the hacking group APT41 targeted companies in Japan this winter.",
  "A government advisory published on 9 January 2019 says APT41 targeted universities in Japan.",
  "Spear-phishing emails sent in February 2019 show APT41 targeted think tanks in Japan.",
  "Researchers at a security firm wrote on 2 April 2019 that APT41 targeted media organisations in Japan.",
  "A second vendor reported in May 2019 that APT41 targeted defence contractors in Japan.",
  "Officials confirmed in June 2019 that APT41 targeted government agencies in Japan.",
  "An industry group said in July 2019 that APT41 targeted semiconductor makers in Japan.",
];

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
      env: { ...process.env, ESPIAL_TOKEN: TOKEN, DATABASE_URL: "" },
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

/**
 * Serious or critical axe-core violations of the page, one line each. `colours` runs the colour rules only:
 * a second colour scheme changes nothing else, and axe takes seconds a page on a busy machine.
 */
async function axeProblems(page: Page, only: "all" | "colours" = "all"): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (only === "colours") builder.withRules(["color-contrast", "link-in-text-block"]);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The names in a victims group of an actor's page (`countries`, `sectors`, `organisations`). */
async function victimsOf(page: Page, actor: string, group = "countries"): Promise<string[]> {
  await page.goto(`${base}/actors/${encodeURIComponent(actor)}`);
  await page.locator(`#v-${group}`).waitFor();
  return page.locator(`#v-${group} + ul li.fact > div > strong`).allTextContents();
}

/** The names in an actor page's names table. */
async function namesOf(page: Page, actor: string): Promise<string[]> {
  await page.goto(`${base}/actors/${encodeURIComponent(actor)}`);
  await page.locator("#a-names").waitFor();
  return page.locator("#a-names + table tbody tr td:first-child").allTextContents();
}

/** Opens the review page with the write token, the queue filtered to an actor. */
async function openReview(page: Page, actor: string): Promise<void> {
  await page.goto(`${base}/review`);
  await page.getByLabel(/Bearer token/).fill(TOKEN);
  await page.getByLabel("Actor (any name)").fill(actor);
}

/** Waits for the review page to report a decision of this kind; returns the sentence it shows. */
async function resultOf(page: Page, kind: string): Promise<string> {
  const result = page.getByTestId("review-result");
  await result.getByText(`(${kind} by`).waitFor();
  return (await result.textContent()) ?? "";
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
    await writeFile(join(dir, "reviewed.txt"), REVIEWED);
    await mkdir(join(dir, "seven"));
    for (const [i, line] of SEVEN.entries())
      await writeFile(join(dir, "seven", `${i}.txt`), `Report ${i}\n\n${line}\n`);
    const ingested = await espial([
      "ingest",
      join(ROOT, "samples"),
      join(dir, "reviewed.txt"),
      join(dir, "seven"),
      "--db",
      db,
    ]);
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

  it("loads a fact's other sentences from the server when its page holds only the first five", async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/actors/APT41`);
    const fact = page.locator("#v-countries + ul li.fact").filter({ hasText: "Japan" });
    const summary = fact.locator("details summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe("5 more sentences");
    await summary.click();
    // Three of them came with the page; the other two are read from GET /api/facts/{id}.
    await fact.locator("details li.sentence").nth(4).waitFor();
    expect(await fact.locator("details li.sentence").count()).toBe(5);
    expect(await fact.locator("li.sentence").allTextContents()).toEqual(
      expect.arrayContaining(SEVEN.map((line) => expect.stringContaining(line.slice(0, 40)) as unknown)),
    );
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

  it("ingests by URL from the browser: the server refuses a loopback address and the page says why", async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${base}/ingest`);
    await page.getByLabel(/Bearer token/).fill(TOKEN);
    await page.getByLabel(/one URL a line/).fill(`${base}/api/health\n\n${base}/api/health\n`);
    await page.getByRole("button", { name: "Fetch and ingest 1 URL" }).click();
    const results = page.getByTestId("ingest-results");
    await results.locator("li").first().waitFor();
    const text = (await results.textContent()) ?? "";
    expect(text).toContain("failed");
    expect(text).toContain(`${base}/api/health`);
    expect(text).toMatch(/refusing to fetch .* loopback address.*\(refused-address\)/);
    // The refusal is an answer of the API (403), which the browser logs as a failed resource.
    expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    await context.close();
  });

  it("rejects a claim in review, and the actor page no longer shows it; undo brings it back", async () => {
    const { context, page, errors } = await newPage();
    expect(await victimsOf(page, "APT10")).toContain("Iceland");
    await openReview(page, "Stone Panda");
    const reject = page.getByRole("button", { name: "Reject: APT10 targets Iceland" });
    const row = page.locator("li[data-claim]").filter({ has: reject });
    await row.getByLabel("Reason (kept in the audit log)").fill("the agency named another crew");
    await reject.click();
    expect(await resultOf(page, "reject-claim")).toContain("APT10 targets Iceland");
    await reject.waitFor({ state: "detached" }); // it left the pending queue
    const logged = page.locator('[data-testid="decision-log"] tr[data-kind="reject-claim"]');
    await logged.waitFor();
    expect(await logged.textContent()).toContain("the agency named another crew");
    const decision = (await logged.getAttribute("data-decision")) ?? "";

    expect(await victimsOf(page, "APT10")).not.toContain("Iceland");
    expect(await victimsOf(page, "APT10", "sectors")).toContain("hospitals"); // the rest of the report stands

    await openReview(page, "APT10");
    await page.getByLabel("Why undo (kept in the audit log)").fill("the annex does name APT10");
    await page.getByRole("button", { name: `Undo decision ${decision}` }).click();
    expect(await resultOf(page, "undo")).toContain(`undid decision ${decision}`);
    await page
      .locator(`tr[data-decision="${decision}"]`)
      .getByText(/undone by/)
      .waitFor();
    expect(await victimsOf(page, "APT10")).toContain("Iceland");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("edits a claim in review: the queue shows it edited with its new values", async () => {
    const { context, page, errors } = await newPage();
    await openReview(page, "APT3");
    await page.getByText("Edit: APT3 targets Chile").click();
    const row = page.locator("li[data-claim]").filter({ hasText: "Edit: APT3 targets Chile" });
    const certainty = row.getByLabel("Certainty");
    const other = (await certainty.inputValue()) === "confirmed" ? "alleged" : "confirmed";
    await certainty.selectOption(other);
    await row.getByLabel("Reason (kept in the audit log)").fill("the firms confirmed it");
    await row.getByRole("button", { name: "Save the edit" }).click();
    expect(await resultOf(page, "edit-claim")).toContain("APT3 targets Chile");
    await page.locator("#r-status").selectOption("edited");
    const edited = page.locator('li[data-claim][data-review="edited"]').filter({ hasText: "Chile" });
    await edited.waitFor();
    expect(await edited.textContent()).toContain(`${other}, `);
    expect(await edited.textContent()).toContain("the firms confirmed it");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("merges two actors in review, one profile with both names; separating them undoes it", async () => {
    const { context, page, errors } = await newPage();
    expect(await namesOf(page, "APT10")).not.toContain("Gothic Panda");
    await openReview(page, "APT10");
    await page.getByLabel("Actor that remains (any name)").fill("APT10");
    await page.getByLabel("Actor merged into it (any name)").fill("Gothic Panda");
    await page.locator("#merge-why").fill("same operators, shared infrastructure");
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    expect(await resultOf(page, "merge-actors")).toContain("APT3 merged into APT10");
    expect(await namesOf(page, "APT10")).toEqual(expect.arrayContaining(["APT10", "Gothic Panda"]));
    expect(await victimsOf(page, "APT10")).toEqual(expect.arrayContaining(["Iceland", "Chile"]));

    await openReview(page, "APT10");
    await page.getByLabel("Actor others were merged into").fill("APT10");
    await page.getByLabel("Actor to separate from it").fill("APT3");
    await page.locator("#split-why").fill("different tooling after all");
    await page.getByRole("button", { name: "Separate", exact: true }).click();
    expect(await resultOf(page, "split-actors")).toContain("APT3 separated from APT10");
    expect(await page.getByTestId("decision-log").textContent()).toContain("different tooling after all");
    expect(await namesOf(page, "APT10")).not.toContain("Gothic Panda");
    expect(await victimsOf(page, "APT10")).not.toContain("Chile");
    expect(await victimsOf(page, "APT3")).toContain("Chile");
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
    { name: "review", path: "/review", ready: ["#r-claims", '[data-testid="decision-log"] tr[data-kind]'] },
  ] as const;

  it("has no serious or critical accessibility violation, fits the screen, and photographs each page at both sizes in both schemes", async () => {
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
    for (const scheme of SCHEMES) {
      for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
        const { context, page, errors } = await newPage(size, scheme);
        for (const target of [...PAGES, ...extra]) {
          await page.goto(`${base}${target.path}`);
          for (const ready of [target.ready].flat()) await page.locator(ready).first().waitFor({ state: "attached" });
          await page.waitForTimeout(150);
          await page.screenshot({ path: join(SHOTS, `${target.name}-${size}-${scheme}.png`), fullPage: true });
          if (size === "desktop" || target.name === "dashboard")
            problems.push(
              ...(await axeProblems(page, scheme === "light" ? "all" : "colours")).map(
                (p) => `${target.name} ${size} ${scheme}: ${p}`,
              ),
            );
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > SIZES[size].width)
            problems.push(`${target.name} ${size} ${scheme}: ${width}px wide, past the screen`);
          problems.push(...errors.splice(0).map((e) => `${target.name} ${size} ${scheme}: ${e}`));
        }
        await context.close();
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
