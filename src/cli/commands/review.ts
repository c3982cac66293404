// `espial review list|accept|reject|edit|undo`: the analyst's review of what the reports claim. A claim is
// one report's assertion of one subject–predicate–object (with every sentence making it); a decision on it
// is kept in the audit log and applied on top of the report, which itself stays as it was read.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import { identifyActor } from "../../present/identify-actor.ts";
import { presentReviewClaim } from "../../present/review.ts";
import { claimEditSchema, REVIEW_STATUSES, type ClaimEdit, type ReviewStatus } from "../../review/index.ts";
import type { ClaimDecisionKind, ReviewClaimRecord } from "../../store/store.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine, type Io } from "../output.ts";
import { printOutcome } from "./merge.ts";
import { authorOf, withDecisionFlags, withStore, type DecisionFlags } from "./review-shared.ts";
import { wholeNumberFlag, withStoreFlags, type StoreFlags } from "./shared.ts";

interface ListFlags extends StoreFlags {
  readonly actor?: string;
  readonly status?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly json?: boolean;
}

function printClaim(io: Io, c: ReviewClaimRecord): void {
  const not = c.modality.negated ? "not " : "";
  printLine(
    io,
    `${c.id}  [${c.review}]  ${c.subject.name} ${not}${c.predicate} ${c.object.name}  (${c.modality.certainty})`,
  );
  for (const e of c.evidence.slice(0, 2)) printLine(io, `    ${e.sentence.replace(/\s+/g, " ").slice(0, 160)}`);
  if (c.decision) printLine(io, `    decision ${c.decision.id} by ${c.decision.user}: ${c.decision.reason}`);
}

function registerList(review: Command, ctx: CommandContext): void {
  withStoreFlags(review.command("list"))
    .description("the claims of the stored reports, newest report first, with where each stands")
    .option("--actor <name>", "only claims about this actor (any of its names)")
    .option("--status <status>", `only claims in this status: ${REVIEW_STATUSES.join(", ")}`)
    .option("--limit <n>", "most claims shown (default 50)")
    .option("--offset <n>", "claims skipped first (default 0)")
    .option("--json", "print as JSON")
    .action(async (flags: ListFlags) => {
      if (flags.status !== undefined && !(REVIEW_STATUSES as readonly string[]).includes(flags.status)) {
        throw new EspialError("bad-usage", `--status is one of ${REVIEW_STATUSES.join(", ")}, not "${flags.status}"`);
      }
      await withStore(ctx.io, flags, async (store, catalogue) => {
        let actorKeys: string[] | undefined;
        if (flags.actor !== undefined) {
          const actor = await identifyActor(flags.actor, catalogue(), store);
          actorKeys = [actor.key, ...(await store.actorGroup(actor.key)).members.map((m) => m.key)];
        }
        const page = await store.listReviewClaims({
          ...(actorKeys ? { actorKeys } : {}),
          ...(flags.status ? { review: flags.status as ReviewStatus } : {}),
          limit: wholeNumberFlag(flags.limit, 50, "limit"),
          offset: wholeNumberFlag(flags.offset, 0, "offset"),
        });
        if (flags.json) return printJson(ctx.io, { total: page.total, claims: page.claims.map(presentReviewClaim) });
        printLine(
          ctx.io,
          `${page.total} claims${page.claims.length < page.total ? ` (showing ${page.claims.length})` : ""}`,
        );
        for (const c of page.claims) printClaim(ctx.io, c);
      });
    });
}

interface EditFlags extends DecisionFlags {
  readonly changes?: string;
  readonly predicate?: string;
  readonly certainty?: string;
  readonly status?: string;
  readonly negated?: string;
}

/** The edit the flags describe: --changes JSON, and the single-field flags over it. */
function editOf(flags: EditFlags): ClaimEdit {
  let given: unknown = {};
  if (flags.changes !== undefined) {
    try {
      given = JSON.parse(flags.changes);
    } catch {
      throw new EspialError(
        "bad-usage",
        '--changes takes JSON, e.g. \'{"object":{"kind":"country","key":"KR","name":"South Korea"}}\'',
      );
    }
  }
  const fields = {
    ...(given as object),
    ...(flags.predicate ? { predicate: flags.predicate } : {}),
    ...(flags.certainty ? { certainty: flags.certainty } : {}),
    ...(flags.status ? { status: flags.status } : {}),
    ...(flags.negated ? { negated: flags.negated === "true" } : {}),
  };
  const parsed = claimEditSchema.safeParse(fields);
  if (!parsed.success) {
    throw new EspialError(
      "bad-usage",
      `not a valid edit: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
  if (Object.keys(parsed.data).length === 0)
    throw new EspialError(
      "bad-usage",
      "say what to change: --changes JSON, --predicate, --certainty, --status or --negated",
    );
  return parsed.data;
}

function registerDecide(review: Command, ctx: CommandContext, verb: "accept" | "reject" | "edit"): void {
  const kind: ClaimDecisionKind = `${verb}-claim`;
  const command = withDecisionFlags(review.command(verb))
    .description(
      verb === "edit"
        ? "replace a claim's values (the report's own reading is kept)"
        : `${verb} a claim: ${verb === "reject" ? "it supports no fact any more" : "marked as checked"}`,
    )
    .argument("<claim>", "the claim's id (see espial review list)");
  if (verb === "edit") {
    command
      .option("--changes <json>", "the new values: subject, predicate, object, certainty, status, negated")
      .option("--predicate <p>", "the new predicate")
      .option("--certainty <c>", "alleged, reported or confirmed")
      .option("--status <s>", "expected, announced or done")
      .option("--negated <bool>", "true or false");
  }
  command.action(async (claim: string, flags: EditFlags) => {
    const author = authorOf(ctx.io, flags);
    const changes = verb === "edit" ? editOf(flags) : undefined;
    await withStore(ctx.io, flags, async (store) => {
      const outcome = await store.decideClaim({ claim, kind, ...(changes ? { changes } : {}), ...author });
      printOutcome(ctx.io, outcome, flags.json, `claim ${claim} ${verb === "edit" ? "edited" : `${verb}ed`}`);
    });
  });
}

export function registerReview(program: Command, ctx: CommandContext): void {
  const review = program
    .command("review")
    .description("review what the reports claim: list, accept, reject, edit, undo (every decision audited)");
  registerList(review, ctx);
  registerDecide(review, ctx, "accept");
  registerDecide(review, ctx, "reject");
  registerDecide(review, ctx, "edit");
  withDecisionFlags(review.command("undo"))
    .description("undo a decision (claim, merge or split); the log keeps both")
    .argument("<decision>", "the decision's id (see espial decisions)")
    .action(async (id: string, flags: DecisionFlags) => {
      const author = authorOf(ctx.io, flags);
      const decision = wholeNumberFlag(id, 0, "decision");
      await withStore(ctx.io, flags, async (store) => {
        const outcome = await store.undoDecision({ decision, ...author });
        printOutcome(ctx.io, outcome, flags.json, `decision ${decision} undone`);
      });
    });
}
