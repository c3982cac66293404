import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { describeReaderContract } from "./reader.contract.ts";
import { readJson, readJsonIfValid, scanJson } from "./stix-sniff.ts";

const limits = defaultLimits();
const read = (text: string, declared = true, over: Partial<typeof limits> = {}) => {
  const input = { bytes: new Uint8Array(0), origin: "in.json" };
  const options = { limits: { ...limits, ...over }, defaults: { kind: "unknown", tlp: "clear" } } as const;
  return declared ? readJson(text, input, options)[0] : (readJsonIfValid(text, input, options)?.[0] ?? null);
};
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const bundleOf = (n: number) =>
  `{"type":"bundle","id":"bundle--1","objects":[${Array.from({ length: n }, () => "{}").join(",")}]}`;

describe("readJson", () => {
  it("hands a STIX bundle to the importer", () => {
    const text = readFileSync(new URL("./fixtures/bundle.json", import.meta.url), "utf8");
    const outcome = read(text);
    expect(outcome?.status).toBe("stix");
    if (outcome?.status === "stix") {
      expect(outcome.origin).toBe("in.json");
      expect(outcome.bundle.objects).toHaveLength(2);
    }
  });

  it("skips JSON that is not a bundle, such as gold annotations", () => {
    expect(read('{"source":{"published":"2018-12-20"},"actors":[]}')).toEqual({
      status: "skipped",
      origin: "in.json",
      reason: "not a report (JSON annotations)",
    });
    expect(read("[1, 2, 3]")).toMatchObject({ status: "skipped" });
  });

  it("rejects broken JSON when declared, and gives undeclared text back", () => {
    expect(read('{"type": "bundle", ')).toMatchObject({ status: "rejected", error: { code: "malformed" } });
    expect(read("{ not json } at all }", false)).toBeNull();
    expect(read('{"type":"bundle","objects":{}}')).toMatchObject({ status: "rejected", error: { code: "malformed" } });
  });

  it("accepts nesting of exactly maxJsonDepth and refuses one level more, naming the limit", () => {
    expect(read(nested(64))?.status).toBe("skipped");
    const past = read(nested(65));
    expect(past).toMatchObject({ status: "rejected", error: { code: "too-large" } });
    if (past?.status === "rejected") {
      expect(past.error.message).toBe("JSON nested too deeply to read: over the limit maxJsonDepth = 64 levels");
    }
  });

  it("refuses a bundle with 1,000-deep nesting before parsing it", () => {
    const deep = `{"type":"bundle","objects":[{"type":"note","x":${nested(1_000)}}]}`;
    expect(read(deep)).toMatchObject({ status: "rejected", error: { code: "too-large" } });
  });

  it("accepts maxStixObjects objects and refuses one more", () => {
    expect(read(bundleOf(10), true, { maxStixObjects: 10 })?.status).toBe("stix");
    const past = read(bundleOf(11), true, { maxStixObjects: 10 });
    expect(past).toMatchObject({ status: "rejected", error: { code: "too-large" } });
    if (past?.status === "rejected") {
      expect(past.error.message).toBe(
        "STIX bundle with 11 objects is too large to import: over the limit maxStixObjects = 10",
      );
    }
  });

  it("refuses a bundle of 1,000,000 objects by the default limit", () => {
    const outcome = read(bundleOf(1_000_000));
    expect(outcome).toMatchObject({ status: "rejected", error: { code: "too-large" } });
  });

  it("reads huge JSON numbers", () => {
    const text = `{"type":"bundle","objects":[{"type":"x","n":1${"0".repeat(5_000)},"m":-1e999999}]}`;
    expect(read(text)?.status).toBe("stix");
  });
});

describe("scanJson", () => {
  it("counts only the root's objects, whatever the key order, and ignores braces in strings", () => {
    const text = '{"objects":[{"a":{"b":{}}},{"s":"{{{[[["}],"type":"bundle","other":[{},{}]}';
    expect(scanJson(text, 64)).toEqual({ tooDeep: false, rootType: "bundle", objectCount: 2 });
    expect(scanJson('{"x":{"type":"bundle"}}', 64).rootType).toBeNull();
    expect(scanJson('{"type":"bun\\"dle"}', 64).rootType).toBe('bun\\"dle');
  });
});

const bundle = readFileSync(new URL("./fixtures/bundle.json", import.meta.url), "utf8");
describeReaderContract("json", readJson, { text: bundle, origin: "bundle.json", gives: "stix" });
