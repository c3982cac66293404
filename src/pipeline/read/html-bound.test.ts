import { describe, expect, it } from "vitest";
import { boundHtml } from "./html-bound.ts";

const bounds = { maxDepth: 8, maxElements: 1_000 };

describe("boundHtml", () => {
  it("returns an ordinary page unchanged", () => {
    const page =
      '<!doctype html><html><head><title>T</title><script>if (a < b && c > d) { x = "</div>"; }</script></head>' +
      '<body><div class="a"><p>One<p>Two<ul><li>x<li>y</ul><img src="a.png"><br/></div><!-- <div><div> --></body></html>';
    const out = boundHtml(page, bounds);
    expect(out.dropped).toBe(0);
    expect(out.html).toBe(page);
  });

  it("drops tags deeper than the limit, with their end tags, and keeps the text", () => {
    const n = 20;
    const html = "<div>".repeat(n) + "deep text" + "</div>".repeat(n);
    const out = boundHtml(html, bounds);
    expect(out.html).toBe("<div>".repeat(8) + "deep text" + "</div>".repeat(8));
    expect(out.dropped).toBe(24);
  });

  it("keeps a nesting of exactly maxDepth and drops one more", () => {
    expect(boundHtml("<b>".repeat(8) + "x", bounds).dropped).toBe(0);
    expect(boundHtml("<b>".repeat(9) + "x", bounds).dropped).toBe(1);
  });

  it("models implied end tags, so unclosed paragraphs and items do not count as depth", () => {
    const html =
      "<p>para".repeat(50) +
      "<ul>" +
      "<li>item".repeat(50) +
      "</ul>" +
      "<table>" +
      "<tr><td>a<td>b".repeat(50) +
      "</table>";
    expect(boundHtml(html, bounds).dropped).toBe(0);
  });

  it("never lets a script's content out when its tag is past the element cap", () => {
    const html = "<p>a</p><script>var secret = 1;</script><p>b</p>";
    const out = boundHtml(html, { maxDepth: 8, maxElements: 1 });
    expect(out.html).toBe("<p>a</p>b");
  });

  it("stops building elements past maxElements, keeping the text", () => {
    const html = "<span>w</span>".repeat(10);
    const out = boundHtml(html, { maxDepth: 8, maxElements: 3 });
    expect(out.html).toBe("<span>w</span>".repeat(3) + "w".repeat(7));
  });

  it("reads quoted attributes holding '>' and survives an unclosed quote", () => {
    expect(boundHtml('<a title="1 > 0">x</a>', bounds).html).toBe('<a title="1 > 0">x</a>');
    expect(() => boundHtml('<a title="never closed>x' + "<div>".repeat(100), bounds)).not.toThrow();
  });

  it("handles 1,000,000 nested divs in one linear pass", () => {
    const n = 1_000_000;
    const started = Date.now();
    const out = boundHtml("<div>".repeat(n) + "x" + "</div>".repeat(n), { maxDepth: 128, maxElements: 100_000 });
    expect(out.html.length).toBe(128 * 11 + 1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
