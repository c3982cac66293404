// Bytes → text, refusing what is not text. The byte length is checked before anything is decoded, so an
// oversized input never becomes a string. A byte-order mark picks the encoding and is dropped; valid UTF-8 is
// read as UTF-8; otherwise a declared charset (Content-Type, XML declaration, HTML meta) is honoured when the
// platform knows it; otherwise the bytes must be UTF-8 but for a small tolerance (each bad sequence U+FFFD).
// Nothing else is changed: line endings (CRLF included) are kept, so offsets point into the decoded text.
import { EspialError } from "../../core/index.ts";
import { formatBytes, limitError, type Limits } from "./limits.ts";

export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: EspialError };

const MAGIC: readonly { readonly bytes: readonly number[]; readonly looksLike: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: "a ZIP archive (or an Office document such as .docx)" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: "an empty ZIP archive" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: "a PNG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], looksLike: "a GIF image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], looksLike: "a GIF image" },
  { bytes: [0xff, 0xd8, 0xff], looksLike: "a JPEG image" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: "an ELF executable" },
  { bytes: [0x1f, 0x8b], looksLike: "gzip-compressed data" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    looksLike: "an old Microsoft Office document (.doc, .xls)",
  },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], looksLike: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: "a 7-Zip archive" },
];

/** What a binary input looks like, from its first bytes; null when no known signature matches. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (m.bytes.length <= bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.looksLike;
  }
  return null;
}

/** The encoding named by a byte-order mark, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i;

/** The charset an input declares: Content-Type first, then an XML declaration or HTML meta near the top. */
export function declaredCharset(bytes: Uint8Array, contentType: string | null): string | null {
  const fromType = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  if (fromType) return fromType.toLowerCase();
  // Declarations are ASCII, so latin1 reads them whatever the real encoding is.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const declared = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  return declared ? declared.toLowerCase() : null;
}

/** Windows-1252's characters at 0x80–0x9F (undefined bytes stay as they are). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes with a legacy decoder; Node 20 reads windows-1252 (and latin1) as ISO-8859-1, so its C1 range is mapped here. */
function decodeLegacy(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === "utf-8" ? null : decoder;
  } catch {
    return null; // an unknown label: fall back to UTF-8 with its checks
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Valid UTF-8 is taken as UTF-8 whatever is declared (legacy text with accents is almost never valid
 * UTF-8, while pages mislabelled as Latin-1 are common); otherwise a declared legacy charset is used;
 * otherwise lossy UTF-8 when the invalid sequences stay within the tolerance.
 */
function decodeText(bytes: Uint8Array, charset: string | null): Decoded {
  const strict = strictUtf8(bytes);
  if (strict !== null) return { ok: true, text: strict };
  const legacy = decoderFor(charset);
  if (legacy) return { ok: true, text: decodeLegacy(legacy, bytes) };
  const text = new TextDecoder("utf-8").decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) invalid++;
  // Tolerance: a stray bad byte or two, or one in a thousand; more means the input is not UTF-8 text.
  const tolerated = Math.max(2, Math.floor(bytes.length / 1000));
  if (invalid <= tolerated) return { ok: true, text };
  const message = `not UTF-8 text: ${invalid} invalid byte sequences in ${formatBytes(bytes.length)} (declare its charset, or convert it to UTF-8)`;
  return { ok: false, error: new EspialError("binary-input", message) };
}

function binary(message: string): Decoded {
  return { ok: false, error: new EspialError("binary-input", message) };
}

/** Decodes an input's bytes to text, or says why they are not a readable text. */
export function decodeInput(bytes: Uint8Array, hints: { contentType: string | null; limits: Limits }): Decoded {
  const { maxReportBytes } = hints.limits;
  if (bytes.length > maxReportBytes) {
    const what = `${formatBytes(bytes.length)} is too large to read`;
    return {
      ok: false,
      error: limitError("too-large", what, { name: "maxReportBytes", value: formatBytes(maxReportBytes) }),
    };
  }
  const empty: Decoded = { ok: false, error: new EspialError("empty-input", "empty file: nothing to read") };
  if (bytes.length === 0) return empty;
  const looksLike = sniffMagic(bytes);
  if (looksLike) return binary(`binary input: looks like ${looksLike}, not a text report`);
  const bom = byteOrderMark(bytes);
  let decoded: Decoded;
  if (bom && bom.encoding !== "utf-8") {
    decoded = { ok: true, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)) };
  } else if (bytes.includes(0)) {
    return binary("binary input: contains NUL bytes, not a text report");
  } else {
    decoded = bom
      ? decodeText(bytes.subarray(bom.length), null)
      : decodeText(bytes, declaredCharset(bytes, hints.contentType));
  }
  if (decoded.ok && decoded.text.trim() === "") return empty;
  return decoded;
}
