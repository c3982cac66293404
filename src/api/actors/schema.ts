// Actors on the wire: the list with counts, and one actor's profile across every stored report (the shape
// presentActorProfile builds). Strict objects: an undocumented field fails the API tests.
import { z } from "@hono/zod-openapi";
import { list } from "../wire.ts";
import { EVIDENCE_SHOWN } from "../../present/facts.ts";
import { CERTAINTIES, INDICATOR_KINDS, STATUSES } from "../../core/index.ts";

export const actorNameParamSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    .openapi({
      param: { name: "name", in: "path" },
      description: "Any name of the actor, forgiving case, spacing and typos",
      example: "stone panda",
    }),
});

export const profileQuerySchema = z.strictObject({
  reports_limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(50)
    .openapi({ description: "Most of its reports listed, newest first (default 50)" }),
  reports_offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ description: "Reports skipped first (default 0)" }),
});

export const pageQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .openapi({ description: "Most items returned (default 100)" }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: "Items skipped first (default 0)" }),
});

export const actorSummarySchema = z
  .strictObject({
    key: z.string().openapi({
      description: "The actor's key (catalogue key, or a normalised name for an actor found only in reports)",
    }),
    name: z.string(),
    country: z
      .string()
      .nullable()
      .openapi({ description: "ISO 3166-1 alpha-2 of the suspected sponsor state, from the catalogue" }),
    reports: z.number().int().openapi({ description: "Stored documents that name it (their latest versions)" }),
    mentions: z.number().int(),
  })
  .openapi("ActorSummary");

export const actorListSchema = z
  .strictObject({ total: z.number().int(), actors: list(actorSummarySchema) })
  .openapi("ActorList", {
    description: "Actors with at least one mention: most reports first, then most mentions, then name",
  });

/** A value read from a claim's detail, as the recogniser wrote it. */
const detail = z.union([z.string(), z.number(), z.boolean()]).nullable();
const evidence = z
  .array(
    z.strictObject({
      document: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      sentence: z.string(),
      copied_from: z.string().nullable().openapi({ description: "The report this passage was copied from, if any" }),
    }),
  )
  .openapi({ description: "The sentences supporting the fact: report id and offsets into its text" });
/** The sentences a profile shows of a fact, and how many there are in all. */
const shown = {
  evidence,
  evidence_total: z
    .number()
    .int()
    .openapi({
      description: `How many sentences support the fact; the first ${EVIDENCE_SHOWN} are in \`evidence\` (GET /api/facts/{id} has all)`,
    }),
};
/** What every fused fact carries: its id, confidence, independent sources, copies and conflicting details. */
const fused = {
  fact: z.string().openapi({ description: "The fact's id, for espial why" }),
  confidence: z.number(),
  independent_sources: z.number().int(),
  copies: z.number().int(),
  conflicts: list(
    z.strictObject({
      field: z.string(),
      values: list(z.strictObject({ value: detail, documents: list(z.string()) })),
    }),
  ),
};
const modality = {
  certainty: z.enum(CERTAINTIES),
  status: z.enum(STATUSES),
  negated: z.boolean(),
  asserted_by: z.string().nullable(),
};
const victim = z.strictObject({
  name: z.string(),
  code: z.string().optional().openapi({ description: "ISO 3166-1 alpha-2, for countries" }),
  quantity: detail,
  access_path: z.boolean(),
  reports: z.number().int(),
  ...fused,
  ...shown,
});

/** What every arsenal fact carries: how sure the text is, how many reports, the fused fact and its sentences. */
const arsenalFact = {
  reports: z.number().int(),
  certainty: z.enum(CERTAINTIES),
  status: z.enum(STATUSES),
  asserted_by: z.string().nullable(),
  ...fused,
  ...shown,
};
const software = z.strictObject({
  name: z.string().openapi({ example: "HyperBro" }),
  attack_id: z
    .string()
    .nullable()
    .openapi({ description: "The ATT&CK software id (S0398); null for software named only in reports" }),
  aliases: list(z.string()).openapi({ description: "Every known name, from ATT&CK" }),
  mentions: list(z.string()).openapi({ description: "The names the reports use for it" }),
  ...arsenalFact,
});
const arsenal = {
  malware: list(software).openapi({ description: "Malware the actor uses, strongest first" }),
  tools: list(software).openapi({
    description: "Tools the actor uses (ATT&CK tools: legitimate or dual-use software)",
  }),
  vulnerabilities: list(
    z.strictObject({
      cve: z.string().openapi({ example: "CVE-2021-26855" }),
      nickname: z.string().nullable().openapi({ description: "Its popular name (ProxyLogon), when a report uses one" }),
      products: list(z.string()).openapi({ description: "The vendor and product words the reports give" }),
      ...arsenalFact,
    }),
  ).openapi({ description: "Vulnerabilities the actor exploits" }),
  techniques: list(
    z.strictObject({
      id: z.string().openapi({ description: "ATT&CK technique id", example: "T1566.001" }),
      name: z
        .string()
        .nullable()
        .openapi({ description: "The technique's ATT&CK name", example: "Spearphishing Attachment" }),
      phrases: list(z.string()).openapi({ description: "The reports' own words for it" }),
      ...arsenalFact,
    }),
  ).openapi({ description: "ATT&CK techniques the actor uses" }),
  indicators: list(
    z.strictObject({
      type: z.enum(INDICATOR_KINDS),
      value: z.string().openapi({ description: "Refanged: the indicator as meant", example: "http://evil.example/a" }),
      defanged: z
        .string()
        .openapi({ description: "The same, defanged for display", example: "hxxp://evil[.]example/a" }),
      reserved: z
        .boolean()
        .openapi({ description: "A private, loopback, documentation or otherwise reserved address: not routable" }),
      ...arsenalFact,
    }),
  ).openapi({ description: "Indicators of compromise the reports tie to the actor" }),
};

const actorReport = z.strictObject({
  document: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  origin: z.string(),
  mentions: list(z.string()),
  evidence: list(
    z.strictObject({ document: z.string(), start: z.number().int(), end: z.number().int(), surface: z.string() }),
  ),
});

export const actorReportsSchema = z
  .strictObject({ total: z.number().int(), reports: list(actorReport) })
  .openapi("ActorReports", { description: "A page of the reports naming an actor, newest first, undated last" });

export const actorProfileSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    aliases: list(z.string()),
    names: list(z.strictObject({ name: z.string(), sources: list(z.string()) })),
    mentions: list(z.string()).openapi({
      description: "The names the stored reports use for it (its newest 2,000 documents), most used first",
    }),
    reports_total: z.number().int().openapi({ description: "How many stored documents name it" }),
    first_report: actorReport.nullable().openapi({ description: "The earliest published of them" }),
    reports: list(actorReport).openapi({
      description: "One page of them (reports_limit, reports_offset), newest first, undated last",
    }),
    attributed_to: list(
      z.strictObject({
        name: z.string(),
        level: detail,
        country: detail,
        parent: detail,
        ...modality,
        reports: z.number().int(),
        ...fused,
        ...shown,
      }),
    ),
    persons: list(z.strictObject({ name: z.string(), role: detail, reports: z.number().int(), ...fused, ...shown })),
    victim_countries: list(victim),
    victim_sectors: list(victim),
    victim_organizations: list(victim),
    actions: list(
      z.strictObject({
        type: detail,
        kind: detail,
        date: detail,
        by: detail,
        against: detail,
        ...modality,
        reports: z.number().int(),
        ...fused,
        ...shown,
      }),
    ),
    periods: list(z.strictObject({ from: detail, to: detail, reports: z.number().int(), ...fused, ...shown })),
    ...arsenal,
  })
  .openapi("ActorProfile", {
    description: "An actor across every stored report, each fact with its evidence sentences",
  });
