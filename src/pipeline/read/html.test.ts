import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import type { Report } from "../../core/index.ts";
import { htmlFragmentToText, readHtml } from "./html.ts";
import { describeReaderContract } from "./reader.contract.ts";

const options = { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } } as const;
const fixture = readFileSync(new URL("./fixtures/article.html", import.meta.url), "utf8");

function read(html: string, input: { origin?: string; url?: string } = {}): Report {
  const [outcome] = readHtml(
    html,
    { bytes: new Uint8Array(0), origin: input.origin ?? "page.html", url: input.url ?? null },
    options,
  );
  if (outcome?.status !== "read") throw new Error(`expected a report, got ${outcome?.status}`);
  return outcome.report;
}

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} tells how the intrusion set moved through the network of a victim, step by step, over months.</p>`,
  ).join("");

describe("readHtml", () => {
  it("extracts the article text, paragraphs separated by blank lines, without markup or page furniture", () => {
    const { text } = read(fixture, { url: "https://wire.example.com/2018/12/apt10-charges" });
    const paragraphs = text.split("\n\n");
    expect(paragraphs).toContain(
      "The two are accused of working with a group that security researchers call APT10, also known as Stone Panda, and of acting on behalf of a state security agency.",
    );
    expect(paragraphs).toContain("“This is a serious and persistent threat,” an official said at a news conference.");
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(
      /SCRIPT-TEXT|INLINE-SCRIPT|font-family|Advertisement|All rights reserved|Something else entirely/,
    );
    expect(text).not.toMatch(/\n{3,}/);
    expect(paragraphs).not.toContain("By Jane Reporter");
  });

  it("reads the page's metadata", () => {
    const { source } = read(fixture, { url: "https://wire.example.com/2018/12/apt10-charges?ref=feed" });
    expect(source).toMatchObject({
      title: "Two hackers charged over cloud provider intrusions",
      published: "2018-12-20",
      outlet: "Example Wire",
      byline: "Jane Reporter",
      url: "https://wire.example.com/2018/12/apt10-charges",
      origin: "page.html",
      kind: "press",
    });
  });

  it("falls back to JSON-LD, then <time datetime>, for the date, and to og:url for the URL", () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2020-03-04T10:00:00Z","author":[{"name":"A One"},{"name":"B Two"}]}]}</script>';
    const a = read(page(`<title>T</title>${ld}<meta property="og:url" content="https://news.example/a">`, prose(4)));
    expect(a.source).toMatchObject({ published: "2020-03-04", byline: "A One, B Two", url: "https://news.example/a" });
    const b = read(
      page("<title>T</title>", `<article><time datetime="2019-05-06T08:00">May 6</time>${prose(4)}</article>`),
    );
    expect(b.source.published).toBe("2019-05-06");
    const c = read(page('<script type="application/ld+json">{ broken json</script>', prose(4)));
    expect(c.source.published).toBeNull();
  });

  it("keeps no script, style or event-handler text from a script-laden page", () => {
    const scripts = Array.from({ length: 50 }, (_, i) => `<script>var leak${i} = "LEAK-${i}";</script>`).join("");
    const html = page(
      `<style>p { color: red } /* STYLE-LEAK */</style>${scripts}`,
      `<noscript>NOSCRIPT-LEAK</noscript><iframe srcdoc="IFRAME-LEAK"></iframe><div onclick="HANDLER-LEAK()">${prose(6)}</div>` +
        `<script type="text/template"><p>TEMPLATE-LEAK</p></script><template><p>TEMPLATE2-LEAK</p></template>${scripts}`,
    );
    const { text } = read(html);
    expect(text).toContain("Paragraph 1 tells");
    expect(text).not.toMatch(/LEAK/);
  });

  it("reads 100,000 nested divs to a result without overflowing the stack", () => {
    const n = 100_000;
    const html = page("<title>Deep</title>", "<div>".repeat(n) + "<p>The deep paragraph.</p>" + "</div>".repeat(n));
    const started = Date.now();
    expect(read(html).text).toBe("The deep paragraph.");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("walks a page too large for the article extractor, dropping navigation", () => {
    const nav = `<nav>${"<a href='#'>menu</a>".repeat(20)}</nav>`;
    const rows = Array.from({ length: 6_000 }, (_, i) => `<div><span>row ${i}</span></div>`).join("");
    const { text } = read(page("<title>Big</title>", `${nav}<main>${rows}</main>`));
    expect(text.startsWith("row 0\n\nrow 1\n\n")).toBe(true);
    expect(text).not.toContain("menu");
  });

  it("reads non-English pages", () => {
    const body =
      "<article><h1>Кибератака</h1><p>Министерство заявило, что атака была проведена группой, связанной с государством, и затронула десятки организаций в регионе.</p><p>调查人员表示，该组织自2014年以来一直活跃，目标是政府机构和国防承包商。</p></article>";
    const { text } = read(page('<meta charset="utf-8"><title>Новости</title>', body));
    expect(text).toContain("Министерство заявило");
    expect(text).toContain("该组织自2014年以来一直活跃");
  });

  it("refuses a page without text", () => {
    const [outcome] = readHtml(
      page("<title>Empty</title>", "<script>x()</script><img src=a.png>"),
      { bytes: new Uint8Array(0), origin: "e.html" },
      options,
    );
    expect(outcome?.status).toBe("rejected");
    if (outcome?.status === "rejected") expect(outcome.error.code).toBe("empty-input");
  });
});

describe("htmlFragmentToText", () => {
  it("turns blocks into paragraphs and <br> into line breaks, decoding entities", () => {
    const text = htmlFragmentToText(
      "<h2>Head</h2><p>One &amp; two<br>three&nbsp;four</p><ul><li>a</li><li>b</li></ul><pre>x  y\n  z</pre>",
      128,
    );
    expect(text).toBe("Head\n\nOne & two\nthree\u00a0four\n\na\n\nb\n\nx  y\n  z");
  });

  it("separates table cells by a space and rows into paragraphs", () => {
    expect(htmlFragmentToText("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", 128)).toBe("a b\n\nc");
  });
});

describeReaderContract("html", readHtml, { text: fixture, origin: "article.html" });
