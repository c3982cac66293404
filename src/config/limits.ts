// Size and safety limits of reading: how much one input may hold, how far a fetch may go. One schema gives
// the type, the runtime check and the documented defaults; the config schema folds it in as `limits`.
import { z } from "zod";

const MIB = 1024 * 1024;

export const limitsSchema = z.object({
  maxReportBytes: z
    .number()
    .int()
    .positive()
    .default(20 * MIB)
    .describe(
      "Largest input read, in bytes (default 20 MiB = 20971520): a file, stdin or a fetched body over it is refused before it is decoded",
    ),
  maxFeedItems: z
    .number()
    .int()
    .positive()
    .default(10_000)
    .describe("Most items read from one RSS or Atom feed (default 10000); the rest are reported as skipped"),
  maxRedirects: z
    .number()
    .int()
    .nonnegative()
    .default(5)
    .describe("Most HTTP redirects followed when fetching a URL (default 5); one more ends in a network error"),
  fetchTimeoutMs: z
    .number()
    .int()
    .positive()
    .default(20_000)
    .describe("Time allowed for fetching a URL, redirects and body included, in milliseconds (default 20000)"),
  maxJsonDepth: z
    .number()
    .int()
    .positive()
    .default(64)
    .describe("Deepest nesting of arrays and objects accepted in a JSON input such as a STIX bundle (default 64)"),
  maxStixObjects: z
    .number()
    .int()
    .positive()
    .default(200_000)
    .describe("Most objects accepted in one STIX bundle (default 200000)"),
  maxHtmlDepth: z
    .number()
    .int()
    .positive()
    .default(128)
    .describe(
      "Deepest element nesting kept when reading HTML (default 128); deeper tags are dropped and their text kept, so hostile nesting cannot stall the article extractor",
    ),
});

export type Limits = z.infer<typeof limitsSchema>;

/** The default limits, frozen. */
export function defaultLimits(): Limits {
  return Object.freeze(limitsSchema.parse({}));
}
