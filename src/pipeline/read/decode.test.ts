import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { decodeInput, declaredCharset, sniffMagic } from "./decode.ts";

const limits = defaultLimits();
const utf8 = (s: string) => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array, contentType: string | null = null, max = limits.maxReportBytes) =>
  decodeInput(bytes, { contentType, limits: { ...limits, maxReportBytes: max } });
const errorOf = (bytes: Uint8Array, contentType: string | null = null) => {
  const d = decode(bytes, contentType);
  if (d.ok) throw new Error("expected a refusal");
  return d.error;
};

describe("decodeInput", () => {
  it("refuses empty and whitespace-only inputs", () => {
    for (const input of [new Uint8Array(0), utf8("   \n\t\r\n  "), utf8("\uFEFF \u00a0\u2003\n")]) {
      const error = errorOf(input);
      expect(error.code).toBe("empty-input");
      expect(error.message).toBe("empty file: nothing to read");
    }
  });

  it("names what a binary input looks like", () => {
    const cases: [number[], RegExp][] = [
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], /PDF/],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP/],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG/],
      [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], /GIF/],
      [[0xff, 0xd8, 0xff, 0xe0], /JPEG/],
      [[0x7f, 0x45, 0x4c, 0x46, 0x02], /ELF/],
      [[0x1f, 0x8b, 0x08, 0x00], /gzip/],
    ];
    for (const [bytes, looksLike] of cases) {
      const error = errorOf(new Uint8Array([...bytes, 0x41, 0x42, 0x43]));
      expect(error.code).toBe("binary-input");
      expect(error.message).toMatch(looksLike);
    }
    expect(sniffMagic(utf8("%PDF is a word here"))).toBeNull();
  });

  it("refuses NUL bytes", () => {
    const error = errorOf(new Uint8Array([0x48, 0x69, 0x00, 0x21]));
    expect(error.code).toBe("binary-input");
    expect(error.message).toMatch(/NUL/);
  });

  it("refuses invalid UTF-8 beyond a small tolerance, and tolerates a stray byte", () => {
    const latin1 = new Uint8Array(Array.from("caf\xe9 r\xe9sum\xe9 na\xefve \xe0 la fa\xe7on", (c) => c.charCodeAt(0)));
    const error = errorOf(latin1);
    expect(error.code).toBe("binary-input");
    expect(error.message).toMatch(/not UTF-8 text: 6 invalid byte sequences/);
    const stray = new Uint8Array([...utf8("A report about "), 0xff, ...utf8(" hackers.")]);
    const d = decode(stray);
    expect(d.ok && d.text).toBe("A report about \uFFFD hackers.");
  });

  it("honours a declared charset", () => {
    const latin1 = new Uint8Array(Array.from("Caf\xe9 des hackers", (c) => c.charCodeAt(0)));
    const d = decode(latin1, "text/plain; charset=ISO-8859-1");
    expect(d.ok && d.text).toBe("Café des hackers");
    const xml = new Uint8Array(
      Array.from('<?xml version="1.0" encoding="windows-1252"?><rss>\x93q\x94</rss>', (c) => c.charCodeAt(0)),
    );
    expect(declaredCharset(xml, null)).toBe("windows-1252");
    const x = decode(xml);
    expect(x.ok && x.text).toContain("“q”");
  });

  it("takes valid UTF-8 as UTF-8 even when a page declares a legacy charset", () => {
    const page = utf8('<html><head><meta charset="iso-8859-1"></head><body>Café Пример</body></html>');
    const d = decode(page);
    expect(d.ok && d.text).toContain("Café Пример");
  });

  it("drops a byte-order mark, decodes UTF-16 by its mark, and keeps CRLF as is", () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Title\r\n\r\nBody.\r\n")]));
    expect(d.ok && d.text).toBe("Title\r\n\r\nBody.\r\n");
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x21, 0x00]);
    const u = decode(le);
    expect(u.ok && u.text).toBe("Hi!");
  });

  it("reads non-English text", () => {
    const text = "Пресс-служба заявила о взломе. 国家安全部 被指控. Η επίθεση αποδόθηκε. هجوم إلكتروني";
    const d = decode(utf8(text));
    expect(d.ok && d.text).toBe(text);
  });

  it("reads an input of exactly maxReportBytes and refuses one byte more, naming the limit", () => {
    const atLimit = decode(utf8("a".repeat(100)), null, 100);
    expect(atLimit.ok).toBe(true);
    const past = decode(utf8("a".repeat(101)), null, 100);
    expect(past.ok).toBe(false);
    if (!past.ok) {
      expect(past.error.code).toBe("too-large");
      expect(past.error.message).toBe("101 bytes is too large to read: over the limit maxReportBytes = 100 bytes");
    }
  });
});
