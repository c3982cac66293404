// Read: raw input → reports. Pure (no I/O): bytes in, one outcome per report out — `read`, `skipped`,
// `rejected` (with an EspialError naming the problem or the limit passed) or `stix` (a bundle for the STIX
// importer). Guarantees: the byte length is checked against `maxReportBytes` before any decoding; binary,
// empty and non-UTF-8 inputs are refused with what they look like; plain text is kept exactly as decoded
// (a leading byte-order mark is dropped, CRLF kept), so every offset later points into `report.text`; HTML
// and feed content become markup-free text with paragraphs separated by blank lines; no input, however
// hostile (deep nesting, entity bombs, huge feeds), throws, overflows the stack or grows memory past its
// size. `fetchInput` (url.ts) is the one function here that does I/O, through the ports it is given.
import { EspialError } from "../../core/index.ts";
import { decodeInput } from "./decode.ts";
import { readFeed } from "./feed.ts";
import { readHtml } from "./html.ts";
import { rejectedOutcome, rejectWith, type RawInput, type ReadOptions, type ReadOutcome } from "./outcome.ts";
import { sniffFormat } from "./sniff.ts";
import { readJson, readJsonIfValid } from "./stix-sniff.ts";
import { readText } from "./text.ts";

export type { RawInput, Reader, ReadOptions, ReadOutcome, StixBundleInput } from "./outcome.ts";
export type { Limits } from "./limits.ts";
export {
  fetchIfChanged,
  fetchInput,
  type ConditionalFetch,
  type FetchDeps,
  type FetchOptions,
  type Validators,
} from "./url.ts";
export { classifyAddress, type AddressKind } from "./address.ts";

function readDecoded(text: string, input: RawInput, options: ReadOptions): ReadOutcome[] {
  const format = sniffFormat(text, { contentType: input.contentType ?? null, origin: input.origin });
  switch (format) {
    case "text":
      return readText(text, input, options);
    case "html":
      return readHtml(text, input, options);
    case "feed":
      return readFeed(text, input, options);
    case "json":
      return readJson(text, input, options);
    case "json-maybe":
      return readJsonIfValid(text, input, options) ?? readText(text, input, options);
    case "xml":
      return [rejectWith(input.origin, "unsupported", "XML document that is not an RSS or Atom feed: nothing to read")];
  }
}

/**
 * Reads one raw input into reports: one for a text or HTML page, one per item for a feed.
 * @example readInput({ bytes, origin: "report.txt" }, { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } })
 */
export function readInput(input: RawInput, options: ReadOptions): ReadOutcome[] {
  try {
    const decoded = decodeInput(input.bytes, { contentType: input.contentType ?? null, limits: options.limits });
    if (!decoded.ok) return [rejectedOutcome(input.origin, decoded.error)];
    return readDecoded(decoded.text, input, options);
  } catch (error) {
    // A last guard: a reader's library failing on an input it should have handled is that input's problem.
    const reason = error instanceof Error ? error.message : String(error);
    return [
      rejectedOutcome(
        input.origin,
        new EspialError("unreadable", `could not read this input: ${reason}`, { cause: error }),
      ),
    ];
  }
}
