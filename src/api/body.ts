// A report in a request body, as /api/ingest and /api/extract take it: raw text, HTML or a feed with its
// Content-Type, or JSON `{text, title?, url?, published?, tlp?, source_kind?}`. A STIX 2.1 bundle (JSON with
// `"type": "bundle"`) is passed on as JSON for the reader to recognise: /api/ingest imports it.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { EspialError, SOURCE_KINDS, TLP_LEVELS, type SourceKind, type TlpLevel } from "../core/index.ts";
import type { RawInput } from "../pipeline/read/index.ts";

export const reportBodySchema = z
  .strictObject({
    text: z
      .string()
      .min(1)
      .openapi({ description: "The report's text, plain (a header block of title, Source: and Date: lines is read)" }),
    title: z.string().min(1).max(1000).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(4096)
      .optional()
      .openapi({ description: "Where the report was published" }),
    published: z.iso
      .date()
      .optional()
      .openapi({ description: "Publication date YYYY-MM-DD: relative dates in the text resolve against it" }),
    tlp: z
      .enum(TLP_LEVELS)
      .optional()
      .openapi({ description: "TLP 2.0 marking (default: the server's, clear unless set)" }),
    source_kind: z.enum(SOURCE_KINDS).optional().openapi({ description: "What kind of source published it" }),
  })
  .openapi("ReportBody");
export type ReportBody = z.infer<typeof reportBodySchema>;

export const stixBundleSchema = z
  .looseObject({ type: z.literal("bundle"), id: z.string().optional(), objects: z.array(z.unknown()).optional() })
  .openapi("StixBundle", {
    description:
      "A STIX 2.1 bundle: /api/ingest imports its objects like `espial ingest bundle.json` (all or nothing); /api/extract refuses it",
  });

export const jsonBodySchema = z.union([reportBodySchema, stixBundleSchema]);
type JsonBody = z.infer<typeof jsonBodySchema>;

const text = { schema: z.string() };
const oneReport = {
  "application/json": { schema: jsonBodySchema },
  "text/plain": text,
  "text/markdown": text,
  "text/html": text,
  "application/xhtml+xml": text,
};

/** The request body of /api/extract: one report. */
export const oneReportBody = { description: "One report: text, HTML, or JSON {text, …}", content: oneReport };

/** The request body of /api/ingest: one report or a feed of them. */
export const reportsBody = {
  description: "Reports: text, HTML, an RSS or Atom feed, or JSON {text, …}",
  content: {
    ...oneReport,
    "application/rss+xml": text,
    "application/atom+xml": text,
    "application/xml": text,
    "text/xml": text,
  },
};

/** Metadata a JSON body gives beside its text. */
export interface SourceHints {
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly tlp?: TlpLevel;
  readonly kind?: SourceKind;
}

export interface BodyInput {
  readonly input: RawInput;
  readonly hints: SourceHints;
}

/** A bundle the route parsed, as JSON bytes again: the reader then checks it against maxJsonDepth and maxStixObjects. */
function bundleInput(bundle: unknown): RawInput {
  let text: string;
  try {
    text = JSON.stringify(bundle);
  } catch (error) {
    // Only nesting deep enough to exhaust the stack makes JSON.stringify of parsed JSON throw.
    throw new EspialError("too-large", "the STIX bundle is nested too deeply to read (limit maxJsonDepth)", {
      cause: error,
    });
  }
  return { bytes: new TextEncoder().encode(text), origin: "api", contentType: "application/json" };
}

const isJson = (contentType: string) => /^application\/([a-z.-]+\+)?json\b/i.test(contentType);

/** Turns the (already validated) request body into a raw input and the metadata the JSON form gave. */
export async function bodyInput(c: Context, json: JsonBody | string): Promise<BodyInput> {
  const contentType = c.req.header("content-type") ?? "";
  if (isJson(contentType)) {
    if (typeof json === "string") throw new EspialError("bad-usage", "the JSON body must be an object {text, …}");
    if ("type" in json && json.type === "bundle") return { input: bundleInput(json), hints: {} };
    const body = json as ReportBody;
    if (typeof body.text !== "string") throw new EspialError("bad-usage", 'body field "text": required');
    const hints: SourceHints = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.url !== undefined ? { url: body.url } : {}),
      ...(body.published !== undefined ? { published: body.published } : {}),
      ...(body.tlp !== undefined ? { tlp: body.tlp } : {}),
      ...(body.source_kind !== undefined ? { kind: body.source_kind } : {}),
    };
    const bytes = new TextEncoder().encode(body.text);
    return { input: { bytes, origin: "api", contentType: "text/plain; charset=utf-8", url: body.url ?? null }, hints };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength === 0) throw new EspialError("empty-input", "the request body is empty: send the report's text");
  return { input: { bytes, origin: "api", contentType: contentType || null }, hints: {} };
}
