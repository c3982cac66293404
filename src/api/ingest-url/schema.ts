// POST /api/ingest/url on the wire: the URL of a report or a feed to fetch (with the TLP and source kind to
// give what it holds), and the answer: what was fetched, then what became of each report (as POST /api/ingest).
import { z } from "@hono/zod-openapi";
import { SOURCE_KINDS, TLP_LEVELS } from "../../core/index.ts";
import { ingestResponseSchema } from "../ingest/schema.ts";

export const ingestUrlBodySchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(4096)
      .openapi({
        description: "A web page, a report or an RSS/Atom feed (http or https)",
        example: "https://example.org/feed.xml",
      }),
    tlp: z
      .enum(TLP_LEVELS)
      .optional()
      .openapi({ description: "TLP 2.0 marking (default: the server's, clear unless set)" }),
    source_kind: z.enum(SOURCE_KINDS).optional().openapi({ description: "What kind of source published it" }),
  })
  .openapi("IngestUrl");
export type IngestUrlBody = z.infer<typeof ingestUrlBodySchema>;

export const fetchedSchema = z
  .strictObject({
    url: z.string().openapi({ description: "The URL the body came from, after redirects" }),
    content_type: z.string().nullable().openapi({ description: "The Content-Type the server gave" }),
    bytes: z.number().int().openapi({ description: "The size of the body read" }),
  })
  .openapi("FetchedUrl");

export const ingestUrlResponseSchema = z
  .strictObject({ fetched: fetchedSchema, ingest: ingestResponseSchema })
  .openapi("IngestUrlResponse", { description: "What was fetched, and what became of each report it held" });
export type IngestUrlResponse = z.infer<typeof ingestUrlResponseSchema>;
