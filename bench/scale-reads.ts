// `npm run bench -- --scale-reads [--documents N] [--copies K] [--page-queries N] [--store pglite|postgres]
// [--postgres URL] [--json]`: how an actor's page holds up as the store grows past what a bench run can
// ingest. N generated reports (default 1,000) are ingested through the pipeline into a fresh PostgreSQL
// database (or, with --store pglite, a fresh embedded store); then the rows the readers touch (reports,
// documents, mentions, claims, copy lineage, the actor index) are cloned K−1 times in SQL under new report
// ids, so the store holds N×K reports with the same density of actors, facts and copies per report. Actor
// pages are timed at 1×, then at each step up to K×. Cloning stands in for ingest: it says nothing of ingest
// speed, only of reads at that size. On PostgreSQL, skipped with one line when no server answers.
import { parseArgs } from "node:util";
import { readCatalogueFile } from "../src/catalogue/data-file.ts";
import { createAliasMatcher, createCatalogue } from "../src/catalogue/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import { prepareInputs, storePrepared } from "../src/pipeline/run.ts";
import { findTestServer } from "../src/store/postgres/test-database.ts";
import { round } from "./clock.ts";
import { corpusChunks } from "./corpus.ts";
import { DEFAULT_OPTIONS } from "./harness.ts";
import { benchActorPages } from "./latency.ts";
import { pgliteTarget, postgresTarget, type ScaleTarget, type SqlRunner } from "./scale-targets.ts";

/** Each cloned table, with the columns that hold a report id (suffixed in the clone) and those copied as they are. */
const CLONED: readonly {
  table: string;
  ids: readonly string[];
  kept: readonly string[];
  /** The table's content_hash is the clone's (its id is the hash's start). */
  hashed?: boolean;
  /** Ingest-order columns, moved past the originals' so that clones never tie with them. */
  shifted?: readonly string[];
  unique?: string;
}[] = [
  {
    table: "reports",
    ids: ["id", "document_id"],
    hashed: true,
    kept: [
      "origin",
      "url",
      "title",
      "published",
      "outlet",
      "byline",
      "source_kind",
      "tlp",
      "text",
      "text_length",
      "extraction",
    ],
  },
  { table: "documents", ids: ["id", "latest_report_id"], kept: [], unique: "canonical_url" },
  {
    table: "report_mentions",
    ids: ["report_id"],
    kept: [
      "ordinal",
      "entity_kind",
      "entity_key",
      "entity_name",
      "surface",
      "start_offset",
      "end_offset",
      "confidence",
      "via",
    ],
  },
  {
    table: "report_claims",
    ids: ["report_id"],
    kept: [
      "ordinal",
      "subject_kind",
      "subject_key",
      "subject_name",
      "predicate",
      "object_kind",
      "object_key",
      "object_name",
      "certainty",
      "status",
      "negated",
      "asserted_by",
      "start_offset",
      "end_offset",
      "confidence",
      "detail",
      "sentence",
    ],
  },
  {
    table: "copied_passages",
    ids: ["copy_report_id", "source_report_id"],
    kept: ["copy_start", "copy_end", "source_start", "source_end", "similarity", "exact"],
  },
  {
    table: "actor_documents",
    ids: ["report_id"],
    kept: ["actor_key", "published", "surfaces", "mentions", "name"],
    shifted: ["seq"],
  },
  {
    table: "report_links",
    ids: ["copy_report_id", "source_report_id"],
    kept: ["similarity", "exact", "duplicate"],
  },
];

/**
 * Clones every original row once more under new report ids. A report's id is the start of its content
 * hash, so each clone gets the hash of (original hash, k) and the id that starts it; every column holding a
 * report id is mapped through the same table.
 */
export async function cloneOnce(client: SqlRunner, k: number): Promise<void> {
  await client.query("begin");
  // Reports and documents point at each other: the clones are whole, so their foreign keys are not checked
  // row by row (this needs a superuser, as the bench's throwaway database has).
  await client.query("set local session_replication_role = replica");
  await client.query("create temp table if not exists clone_originals as select id, content_hash from reports");
  await client.query("drop table if exists clone_map");
  await client.query(
    `create temp table clone_map as
       select id as old, encode(sha256(convert_to(content_hash || $1, 'UTF8')), 'hex') as hash from clone_originals`,
    [`-${k}`],
  );
  await client.query("create index on clone_map (old)");
  for (const t of CLONED) {
    const joins = t.ids.map((c, i) => `join clone_map m${i} on m${i}.old = t.${c}`).join(" ");
    const shifted = t.shifted ?? [];
    const columns = [
      ...t.ids,
      ...(t.hashed ? ["content_hash"] : []),
      ...shifted,
      ...t.kept,
      ...(t.unique ? [t.unique] : []),
    ];
    const values = [
      ...t.ids.map((_, i) => `left(m${i}.hash, 16)`),
      ...(t.hashed ? ["m0.hash"] : []),
      ...shifted.map((c) => `t.${c} + ${k}::bigint * 1000000000`),
      ...t.kept.map((c) => `t.${c}`),
      ...(t.unique ? [`case when t.${t.unique} is null then null else t.${t.unique} || '#${k}' end`] : []),
    ];
    const order = t.table === "reports" ? " order by t.seq" : "";
    await client.query(
      `insert into ${t.table} (${columns.join(", ")}) select ${values.join(", ")} from ${t.table} t ${joins}${order}`,
    );
  }
  // The rows were written behind the store's back: the fact values it keeps are forgotten, as a write would.
  await client.query("update fusion_state set generation = generation + 1");
  await client.query("delete from fact_values");
  await client.query("commit");
}

export interface ScaleStep {
  readonly reports: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly cold_p50_ms: number;
  readonly cold_p95_ms: number;
  readonly mean_reports_per_page: number;
  readonly store_p50_ms: number;
  readonly present_p50_ms: number;
}

export async function mainScaleReads(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== "--scale-reads"),
    options: {
      documents: { type: "string" },
      copies: { type: "string" },
      "page-queries": { type: "string" },
      postgres: { type: "string" },
      store: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const documents = Number(values.documents ?? 1000);
  const copies = Number(values.copies ?? 100);
  const queries = Number(values["page-queries"] ?? 40);
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  let target: ScaleTarget;
  if (values.store === "pglite") target = await pgliteTarget();
  else {
    const server = await findTestServer({
      DATABASE_URL: values.postgres ?? env.DATABASE_URL ?? DEFAULT_OPTIONS.postgresUrl ?? "",
    });
    if (!("url" in server)) {
      process.stdout.write(`scale-reads: skipped: ${"skip" in server ? server.skip : server.fail}\n`);
      return 0;
    }
    target = await postgresTarget(server.url);
  }
  const catalogue = createCatalogue(readCatalogueFile());
  const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
  const steps: ScaleStep[] = [];
  try {
    log(`ingesting ${documents} generated reports into ${values.store ?? "postgres"}`);
    const read = { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } } as const;
    let stored = 0;
    for (const chunk of corpusChunks({ documents, seed: DEFAULT_OPTIONS.seed })) {
      for (let i = 0; i < chunk.length; i += 100) {
        const prepared = await prepareInputs(chunk.slice(i, i + 100), { ...deps, read });
        const results = await storePrepared(prepared, { store: target.store() });
        stored += results.filter((r) => r.status === "stored").length;
      }
    }
    if (stored === 0) throw new Error("no generated report was stored");
    const marks = [...new Set([1, 10, 100, 300, 1000].filter((m) => m <= copies).concat(copies))];
    let cloned = 1;
    for (const mark of marks) {
      await target.withSql(async (sql) => {
        for (; cloned < mark;) await cloneOnce(sql, ++cloned);
        // The visibility map and the planner's statistics, as autovacuum would have them by the time anyone
        // reads a store this size (index-only scans need the first).
        await sql.query("vacuum analyze");
      });
      // A few actors, each opened cold once and then warm: cold openings fuse thousands of claims each.
      const page = await benchActorPages(target.store(), catalogue, {
        queries,
        actors: Math.ceil(queries / 4),
        budgetMs: 300_000,
      });
      const step = {
        reports: documents * mark,
        p50_ms: page.p50_ms,
        p95_ms: page.p95_ms,
        cold_p50_ms: page.cold_p50_ms,
        cold_p95_ms: page.cold_p95_ms,
        mean_reports_per_page: page.mean_reports_per_page,
        store_p50_ms: page.store_p50_ms,
        present_p50_ms: page.present_p50_ms,
      };
      steps.push(step);
      log(
        `${step.reports} reports: actor page p50 ${step.p50_ms} ms, p95 ${step.p95_ms} ms (first opening ${step.cold_p50_ms} / ${step.cold_p95_ms} ms)`,
      );
    }
  } finally {
    await target.dispose();
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ documents, copies, steps }, null, 2)}\n`);
  else {
    const cell = (v: number | string, width: number) => String(v).padEnd(width);
    process.stdout.write(
      "reports   | page p50 ms | page p95 ms | first p50 ms | first p95 ms | reports per actor | store p50 | present p50\n",
    );
    for (const s of steps)
      process.stdout.write(
        `${cell(s.reports, 9)} | ${cell(round(s.p50_ms, 1), 11)} | ${cell(round(s.p95_ms, 1), 11)} | ${cell(round(s.cold_p50_ms, 1), 12)} | ${cell(round(s.cold_p95_ms, 1), 12)} | ${cell(s.mean_reports_per_page, 17)} | ${cell(s.store_p50_ms, 9)} | ${s.present_p50_ms}\n`,
      );
  }
  return 0;
}
