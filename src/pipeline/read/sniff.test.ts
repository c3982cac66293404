import { describe, expect, it } from "vitest";
import { extensionOf, sniffFormat } from "./sniff.ts";

const sniff = (text: string, origin = "input", contentType: string | null = null) =>
  sniffFormat(text, { contentType, origin });

describe("sniffFormat", () => {
  it("finds markup by its content whatever the name says", () => {
    expect(sniff("<!DOCTYPE html><html><body>x</body></html>", "page.txt")).toBe("html");
    expect(sniff("  <html lang=en><p>x</p></html>")).toBe("html");
    expect(sniff('<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0"><channel/></rss>')).toBe("feed");
    expect(sniff('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe("feed");
    expect(sniff('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe("feed");
    expect(sniff('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html/>')).toBe(
      "html",
    );
    expect(sniff('<?xml version="1.0"?><urlset></urlset>')).toBe("xml");
  });

  it("uses the Content-Type, then the extension", () => {
    expect(sniff("<div>fragment</div>", "https://example.org/a", "text/html; charset=utf-8")).toBe("html");
    expect(sniff("<p>fragment</p>", "clip")).toBe("html");
    expect(sniff('{"a":1}', "x", "application/json")).toBe("json");
    expect(sniff("not json at all", "notes.gold.json")).toBe("json");
    expect(sniff("plain words", "page.html")).toBe("html");
  });

  it("reads text by default, and JSON-shaped text as maybe JSON", () => {
    expect(sniff("A title\n\nSource: Wire\nDate: 2020-01-02\n\nBody.", "report.txt")).toBe("text");
    expect(sniff("# Heading\n\nMarkdown body.", "notes.md")).toBe("text");
    expect(sniff("Text that mentions <html> later on.")).toBe("text");
    expect(sniff('{"type":"bundle"}', "stdin")).toBe("json-maybe");
    expect(sniff("[Update] a report in brackets]")).toBe("json-maybe");
  });
});

describe("extensionOf", () => {
  it("reads paths and URLs", () => {
    expect(extensionOf("/data/a/report.TXT")).toBe("txt");
    expect(extensionOf("C:\\reports\\x.gold.json")).toBe("json");
    expect(extensionOf("https://example.org/feed.xml?x=1.html#a.b")).toBe("xml");
    expect(extensionOf("stdin")).toBe("");
    expect(extensionOf(".hidden")).toBe("");
  });
});
