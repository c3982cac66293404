import { describe, expect, it } from "vitest";
import { INDICATOR_KINDS } from "../core/index.ts";
import { indicatorOfPattern, parseStixPattern, stixPatternOf } from "./pattern.ts";

describe("STIX patterns", () => {
  it("writes one comparison per kind of indicator, each read back to the same kind and value", () => {
    const values: Record<(typeof INDICATOR_KINDS)[number], string> = {
      ipv4: "45.77.120.18",
      ipv6: "2a05:d014:0:3::bad",
      domain: "update-cdn.shipping-portal.top",
      url: "https://files.shipping-portal.top/doc.php?id=7",
      email: "hr-desk@shipping-portal.top",
      md5: "d41d8cd98f00b204e9800998ecf8427e",
      sha1: "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
      sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    };
    for (const kind of INDICATOR_KINDS) {
      const pattern = stixPatternOf(kind, values[kind]);
      expect(parseStixPattern(pattern).ok, pattern).toBe(true);
      expect(indicatorOfPattern(pattern)).toEqual({ kind, value: values[kind] });
    }
    expect(stixPatternOf("sha256", values.sha256)).toBe(`[file:hashes.'SHA-256' = '${values.sha256}']`);
    expect(stixPatternOf("ipv4", values.ipv4)).toBe("[ipv4-addr:value = '45.77.120.18']");
  });

  it("escapes quotes and backslashes in string literals", () => {
    const url = "http://bad.example/it's\\here";
    const pattern = stixPatternOf("url", url);
    expect(pattern).toBe("[url:value = 'http://bad.example/it\\'s\\\\here']");
    expect(indicatorOfPattern(pattern)).toEqual({ kind: "url", value: url });
  });

  it("accepts the grammar's other forms: AND/OR, FOLLOWEDBY, NOT, IN, lists, qualifiers, typed literals", () => {
    for (const p of [
      "[ipv4-addr:value = '1.2.3.4' OR ipv4-addr:value = '5.6.7.8']",
      "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' AND file:size > 1024]",
      "[domain-name:value NOT = 'a.example'] FOLLOWEDBY [url:value LIKE 'http://a.example/%'] WITHIN 300 SECONDS",
      "([email-addr:value MATCHES '^hr-.*'] AND [x509-certificate:issuer != 'CN=x']) REPEATS 5 TIMES",
      "[network-traffic:dst_port IN (80, 443, 8080)]",
      "[email-message:to_refs[*].value = 'a@b.example']",
      "[file:created > t'2024-01-01T00:00:00Z'] START t'2024-01-01T00:00:00Z' STOP t'2024-02-01T00:00:00Z'",
      "[artifact:payload_bin = b'aGVsbG8=' AND file:magic_number_hex = h'ffd8']",
    ]) {
      expect(parseStixPattern(p), p).toMatchObject({ ok: true });
    }
  });

  it("refuses what is not a pattern", () => {
    for (const p of [
      "",
      "ipv4-addr:value = '1.2.3.4'",
      "[ipv4-addr:value = '1.2.3.4'",
      "[ipv4-addr:value == '1.2.3.4']",
      "[ipv4-addr:value = 1.2.3.4]",
      "[IPV4:value = '1.2.3.4']",
      "[ipv4-addr value = '1.2.3.4']",
      "[url:value = 'unterminated]",
      "[ipv4-addr:value = '1.2.3.4'] WITHIN SECONDS",
      "[ipv4-addr:value = '1.2.3.4'] extra",
    ]) {
      expect(parseStixPattern(p), p).toMatchObject({ ok: false });
    }
  });

  it("reads back only the single equality comparisons Espial writes", () => {
    expect(indicatorOfPattern("[ipv4-addr:value = '1.2.3.4' OR ipv4-addr:value = '5.6.7.8']")).toBeNull();
    expect(indicatorOfPattern("[file:size = 12]")).toBeNull();
  });
});
