// Text from raw XML as the feed parser hands it over (entity expansion is off there): the five predefined
// entities and numeric character references are decoded in one pass, so nothing can expand recursively;
// CDATA sections are kept literally; any other `&name;` stays as written.

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;

function fromCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : "\uFFFD";
}

/** Decodes XML's predefined entities and character references; one pass, no expansion of the result. */
export function decodeXmlEntities(text: string): string {
  return text.replace(REFERENCE, (_, hex?: string, dec?: string, name?: string) => {
    if (hex) return fromCodePoint(parseInt(hex, 16));
    if (dec) return fromCodePoint(parseInt(dec, 10));
    return PREDEFINED[name ?? ""] ?? "";
  });
}

/** The character data of raw XML content: CDATA sections literal, the rest entity-decoded. */
export function xmlRawToText(raw: string): string {
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    const open = raw.indexOf("<![CDATA[", i);
    if (open === -1) break;
    const close = raw.indexOf("]]>", open + 9);
    parts.push(decodeXmlEntities(raw.slice(i, open)));
    parts.push(raw.slice(open + 9, close === -1 ? raw.length : close));
    i = close === -1 ? raw.length : close + 3;
  }
  parts.push(decodeXmlEntities(raw.slice(i)));
  return parts.join("");
}
