import { describe, expect, it } from "vitest";
import { foldForComparison, normaliseText } from "./index.ts";

describe("normaliseText", () => {
  it("folds curly quotes and dashes without moving offsets", () => {
    const original = "China’s “MSS” — Tianjin";
    const n = normaliseText(original);
    expect(n.text).toBe(`China's "MSS" - Tianjin`);
    const at = n.text.indexOf("MSS");
    expect(original.slice(n.toOriginal(at), n.toOriginal(at + 3))).toBe("MSS");
  });

  it("maps offsets back when a fold changes length", () => {
    const original = "the \ufb01rst APT10\u200b report";
    const n = normaliseText(original);
    expect(n.text).toBe("the first APT10 report");
    const at = n.text.indexOf("APT10");
    const span = n.toOriginalSpan(at, at + 5);
    expect(original.slice(span.start, span.end)).toBe("APT10");
    const fi = n.toOriginalSpan(4, 9);
    expect(original.slice(fi.start, fi.end)).toBe("\ufb01rst");
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it("keeps astral characters whole", () => {
    const original = "😀 APT10";
    const n = normaliseText(original);
    const at = n.text.indexOf("APT10");
    expect(original.slice(n.toOriginal(at), n.toOriginal(at + 5))).toBe("APT10");
  });

  it("folds for comparison", () => {
    expect(foldForComparison("  “Also   known”\u00a0as ")).toBe('"Also known" as');
  });
});
