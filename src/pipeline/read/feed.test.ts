import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import type { Report } from "../../core/index.ts";
import { prologDoctype, readFeed } from "./feed.ts";
import type { ReadOutcome } from "./outcome.ts";
import { describeReaderContract } from "./reader.contract.ts";

const options = { limits: defaultLimits(), defaults: { kind: "aggregator", tlp: "clear" } } as const;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const read = (xml: string, maxFeedItems = options.limits.maxFeedItems) =>
  readFeed(
    xml,
    { bytes: new Uint8Array(0), origin: "feed.xml" },
    { ...options, limits: { ...options.limits, maxFeedItems } },
  );
const reports = (outcomes: readonly ReadOutcome[]): Report[] =>
  outcomes.flatMap((o) => (o.status === "read" ? [o.report] : []));
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`;
const item = (i: number) =>
  `<item><title>Item ${i}</title><link>https://f.example/${i}</link><description>Text of item ${i}.</description></item>`;
const items = (n: number) => Array.from({ length: n }, (_, i) => item(i + 1)).join("");

describe("readFeed: RSS and Atom", () => {
  it("reads each RSS item as a report with its metadata, HTML content as text", () => {
    const outcomes = read(fixture("feed-rss.xml"));
    expect(outcomes.map((o) => o.status)).toEqual(["read", "read", "read", "skipped"]);
    const [first, second, third] = reports(outcomes);
    expect(first?.source).toMatchObject({
      origin: "https://desk.example.org/2021/07/sanctions?a=1&b=2",
      url: "https://desk.example.org/2021/07/sanctions?a=1&b=2",
      title: 'Treasury sanctions front company tied to "APT" group',
      guid: "desk-2021-0042",
      published: "2021-07-19",
      byline: "Sam Analyst",
      outlet: "Example Security Desk",
      kind: "aggregator",
    });
    expect(first?.text).toBe(
      "The Treasury Department on Monday designated a technology company it described as a front for a state intelligence service.\n\nOfficials said the company hired hackers & translators for the service.",
    );
    expect(second?.text).toBe(
      "Agencies in five countries published a joint advisory on Wednesday.\n\nIt lists indicators & mitigations.",
    );
    expect(second?.source.published).toBe("2022-02-16");
    expect(third?.source.origin).toBe("feed.xml#item-3");
    expect(third?.text).toBe("Researchers tied the campaign to a group active since 2014. No markup here.");
    expect(outcomes[3]).toMatchObject({ status: "skipped", origin: "https://desk.example.org/2022/03/link-only" });
  });

  it("reads Atom entries: alternate link, id, published, author, html and xhtml content", () => {
    const [a, b] = reports(read(fixture("feed-atom.xml")));
    expect(a?.source).toMatchObject({
      url: "https://blog.example.net/2023/05/volt-typhoon",
      title: "Volt Typhoon living off the land",
      guid: "tag:blog.example.net,2023:post-9",
      published: "2023-05-24",
      byline: "Alex Defender",
      outlet: "Example Threat Blog",
    });
    expect(a?.text).toBe(
      "A state-sponsored actor targeted critical infrastructure organisations.\n\nThe activity relies on built-in tools.",
    );
    expect(b?.source.published).toBe("2023-06-01");
    expect(b?.text).toBe("First & only paragraph, with bold text.");
  });

  it("reads RSS 1.0 (RDF) items", () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF desk</title></channel>
      <item><title>One</title><link>https://r.example/1</link><description>Body one.</description><dc:date>2020-02-02T10:00:00Z</dc:date></item>
    </rdf:RDF>`;
    const [one] = reports(read(xml));
    expect(one?.source).toMatchObject({
      title: "One",
      outlet: "RDF desk",
      published: "2020-02-02",
      url: "https://r.example/1",
    });
  });

  it("keeps script text out of item content", () => {
    const xml = rss(
      `<item><title>x</title><description><![CDATA[<p>Real text.</p><script>steal("SCRIPT-LEAK")</script><style>.a{}</style>]]></description></item>`,
    );
    expect(reports(read(xml))[0]?.text).toBe("Real text.");
  });

  it("skips a feed without items and rejects XML that is not a feed or not well formed", () => {
    expect(read(rss(""))).toEqual([
      { status: "skipped", origin: "feed.xml", reason: "feed without items: nothing to read" },
    ]);
    expect(read('<?xml version="1.0"?><urlset><url/></urlset>')[0]).toMatchObject({
      status: "rejected",
      error: { code: "unsupported" },
    });
    const deep = rss(`<item><title>x</title><link>${"<a>".repeat(500)}</link></item>`);
    expect(read(deep)[0]).toMatchObject({ status: "rejected", error: { code: "malformed" } });
  });
});

describe("readFeed: hostile feeds", () => {
  it("refuses a billion-laughs DOCTYPE without expanding anything", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n${rss(`<item><title>&lol9;</title><description>&lol9;</description></item>`).replace('<?xml version="1.0"?>', "")}`;
    const started = Date.now();
    const outcomes = read(xml);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: "rejected", error: { code: "unsupported" } });
    if (outcomes[0]?.status === "rejected")
      expect(outcomes[0].error.message).toMatch(/declares entities in its DOCTYPE/);
  });

  it("refuses an external entity (XXE) declaration", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss(`<item><description>&xxe;</description></item>`).replace('<?xml version="1.0"?>', "")}`;
    expect(read(xml)[0]).toMatchObject({ status: "rejected", error: { code: "unsupported" } });
  });

  it("ignores a DOCTYPE without entities, and never expands entities declared later in the body", () => {
    const legacy = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">${rss(item(1)).replace('<?xml version="1.0"?>', "")}`;
    expect(reports(read(legacy))[0]?.text).toBe("Text of item 1.");
    const late = `<rss version="2.0"><!DOCTYPE x [<!ENTITY big "${"A".repeat(1000)}">]><channel><item><title>t</title><description>&amp;big; &big;</description></item></channel></rss>`;
    const outcome = read(late)[0];
    if (outcome?.status === "read") expect(outcome.report.text).not.toContain("AAAA");
    else expect(outcome?.status).toBe("rejected");
  });

  it("reads exactly maxFeedItems items, and one more is reported as skipped", () => {
    const atLimit = read(rss(items(5)), 5);
    expect(atLimit.map((o) => o.status)).toEqual(["read", "read", "read", "read", "read"]);
    const past = read(rss(items(6)), 5);
    expect(past).toHaveLength(6);
    expect(reports(past).map((r) => r.source.title)).toEqual(["Item 1", "Item 2", "Item 3", "Item 4", "Item 5"]);
    expect(past[5]).toEqual({
      status: "skipped",
      origin: "feed.xml",
      reason: "feed holds 6 items: read the first 5, skipped 1 (over the limit maxFeedItems = 5)",
    });
  });

  it("bounds a feed of 100,000 items by maxFeedItems", () => {
    const outcomes = read(rss(items(100_000)));
    expect(outcomes).toHaveLength(10_001);
    expect(reports(outcomes).at(-1)?.source.title).toBe("Item 10000");
    expect(outcomes.at(-1)).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^feed holds 100000 items: read the first 10000, skipped 90000/) as unknown,
    });
  });
});

describe("prologDoctype", () => {
  it("finds the DOCTYPE after the declaration and comments, with its internal subset", () => {
    const xml = '<?xml version="1.0"?><!-- c --><!DOCTYPE a [<!ENTITY b "]>">]><a/>';
    const found = prologDoctype(xml);
    expect(found?.subset).toBe('<!ENTITY b "]>">');
    expect(xml.slice(found?.end)).toBe("<a/>");
    expect(prologDoctype("<rss><!DOCTYPE x></rss>")).toBeNull();
  });
});

describeReaderContract("feed", readFeed, { text: fixture("feed-atom.xml"), origin: "feed.xml" });
