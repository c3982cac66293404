// One report's arsenal on the wire: the `arsenal` key of `espial extract --json` (src/present/extract-arsenal.ts),
// each finding with where the text names it and the actors its sentences tie it to.
import { z } from "@hono/zod-openapi";
import { list } from "../wire.ts";
import { ARSENAL_PREDICATES, INDICATOR_KINDS } from "../../core/index.ts";

const spanSchema = z.strictObject({ start: z.number().int(), end: z.number().int() });
const evidenceSchema = z.strictObject({ sentence: z.string(), span: spanSchema });
const spansSchema = list(z.strictObject({ start: z.number().int(), end: z.number().int(), surface: z.string() }));
const tiesSchema = list(
  z.strictObject({
    actor: z.string().openapi({ description: "The actor's key" }),
    predicate: z.enum(ARSENAL_PREDICATES),
    confidence: z.number(),
    evidence: evidenceSchema,
  }),
).openapi({ description: "The actors the report's sentences tie this finding to" });

const softwareSchema = z.strictObject({
  id: z
    .string()
    .openapi({ description: 'ATT&CK software id ("S0013"), or name:<folded name> for software found by a cue' }),
  name: z.string(),
  aliases: list(z.string()),
  mentions: list(z.string()),
  confidence: z.number(),
  evidence: evidenceSchema,
  spans: spansSchema,
  by: tiesSchema,
});

export const extractedArsenalSchema = z
  .strictObject({
    malware: list(softwareSchema),
    tools: list(softwareSchema),
    vulnerabilities: list(
      z.strictObject({
        cve: z.string(),
        nickname: z.string().nullable(),
        products: list(z.string()),
        evidence: evidenceSchema,
        spans: spansSchema,
        by: tiesSchema,
      }),
    ),
    techniques: list(
      z.strictObject({
        id: z.string().openapi({ description: 'ATT&CK technique id ("T1566.001")' }),
        name: z.string().nullable(),
        phrase: z.string(),
        evidence: evidenceSchema,
        spans: spansSchema,
        by: tiesSchema,
      }),
    ),
    indicators: list(
      z.strictObject({
        type: z.enum(INDICATOR_KINDS),
        value: z.string().openapi({ description: "Refanged and normalised: handle with care" }),
        defanged: z.string().openapi({ description: "Safe to display: hxxp, [.] and [@]" }),
        surface: z.string().openapi({ description: "As the text writes it" }),
        reserved: z.boolean().openapi({ description: "A private, loopback or documentation address" }),
        evidence: evidenceSchema,
        spans: spansSchema,
        by: tiesSchema,
      }),
    ),
  })
  .openapi("ExtractedArsenal", {
    description: "Malware, tools, vulnerabilities, techniques and indicators the report names",
  });
