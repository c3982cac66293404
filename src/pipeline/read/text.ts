// Plain text (.txt, .md, no extension, text/plain): the text is kept exactly as decoded; a header block
// (title line, blank line, `Source: OUTLET`, `Date: YYYY-MM-DD`) or a bare dateline fills the source.
import { createReportSource } from "../../core/index.ts";
import { parseHeader } from "../segment/index.ts";
import { readOutcome, type Reader } from "./outcome.ts";

/** Reads a plain-text report; its header, when it has one, stays in the text (segment skips it). */
export const readText: Reader = (text, input, options) => {
  const header = parseHeader(text);
  const source = createReportSource({
    origin: input.origin,
    url: header.url ?? input.url ?? null,
    title: header.title,
    published: header.published,
    outlet: header.outlet,
    byline: header.byline,
    kind: options.defaults.kind,
    tlp: options.defaults.tlp,
  });
  return [readOutcome({ source, text })];
};
