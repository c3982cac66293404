import { describe, expect, it } from "vitest";
import { canonicalUrl, samePublication, titleKey } from "./canonical-url.ts";

describe("canonicalUrl", () => {
  it("gives one URL for the forms a page goes by", () => {
    const forms = [
      "https://www.example.org/news/2018/apt10-charges/",
      "http://example.org/news/2018/apt10-charges",
      "https://example.org/news/2018/apt10-charges?utm_source=feed&utm_medium=rss#comments",
      "https://amp.example.org/news/2018/apt10-charges/amp/",
    ];
    expect(new Set(forms.map(canonicalUrl)).size).toBe(1);
    expect(canonicalUrl(forms[0] ?? "")).toBe("example.org/news/2018/apt10-charges");
  });

  it("keeps the parameters that choose the page, in one order", () => {
    expect(canonicalUrl("https://example.org/article?b=2&id=7&fbclid=x")).toBe("example.org/article?b=2&id=7");
    expect(canonicalUrl("https://example.org/article?id=7&b=2")).toBe("example.org/article?b=2&id=7");
    expect(canonicalUrl("https://example.org/article?id=8")).not.toBe(canonicalUrl("https://example.org/article?id=7"));
  });

  it("has no URL for nothing or for what is not a URL", () => {
    expect(canonicalUrl(null)).toBeNull();
    expect(canonicalUrl("  ")).toBeNull();
    expect(canonicalUrl("not a url")).toBeNull();
  });
});

describe("titleKey and samePublication", () => {
  it("reads an updated title as the same title", () => {
    expect(titleKey("UPDATE 2: U.S. charges two Chinese hackers")).toBe(titleKey("U.S. charges two Chinese hackers"));
    expect(titleKey("(Updated) U.S. charges two Chinese hackers")).toBe("u s charges two chinese hackers");
    expect(titleKey(" — ")).toBeNull();
  });

  it("needs the same outlet, and a title", () => {
    const a = { title: "Allies condemn China", outlet: "Example Post" };
    expect(samePublication(a, { title: "Update: Allies condemn China", outlet: "example post" })).toBe(true);
    expect(samePublication(a, { title: "Allies condemn China", outlet: "Other Wire" })).toBe(false);
    expect(samePublication({ title: null, outlet: null }, { title: null, outlet: null })).toBe(false);
  });
});
