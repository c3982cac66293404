// `espial merge A B --why …` and `espial split A B --why …`: an analyst's decision that two actors are one
// (B read as A everywhere: facts, profiles, exports), or that an actor merged into another is not. Both are
// audited and undoable (`espial review undo DECISION`); the reports' own readings are never changed.
import type { Command } from "commander";
import { squashName } from "../../catalogue/index.ts";
import { findActor, identifyActor } from "../../present/identify-actor.ts";
import { presentDecision } from "../../present/review.ts";
import type { DecisionOutcome } from "../../store/store.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine, type Io } from "../output.ts";
import { authorOf, withDecisionFlags, withStore, type DecisionFlags } from "./review-shared.ts";

export function printOutcome(io: Io, outcome: DecisionOutcome, json: boolean | undefined, said: string): void {
  if (json)
    return printJson(io, { decision: presentDecision(outcome.decision), facts_recomputed: outcome.factsRecomputed });
  printLine(io, `decision ${outcome.decision.id}: ${said}; ${outcome.factsRecomputed} facts recomputed`);
  printLine(io, `(undo it with: espial review undo ${outcome.decision.id} --why "…")`);
}

export function registerMerge(program: Command, ctx: CommandContext): void {
  withDecisionFlags(program.command("merge"))
    .description("decide that actor B is actor A: B's reports, names and facts read as A's (audited, undoable)")
    .argument("<a>", "the actor that remains (any of its names)")
    .argument("<b>", "the actor merged into it (any of its names)")
    .action(async (a: string, b: string, flags: DecisionFlags) => {
      const author = authorOf(ctx.io, flags);
      await withStore(ctx.io, flags, async (store, catalogue) => {
        const into = await identifyActor(a, catalogue(), store);
        const from = await identifyActor(b, catalogue(), store);
        const outcome = await store.mergeActors({
          from: { key: from.key, name: from.name },
          into: { key: into.key, name: into.name },
          ...author,
        });
        printOutcome(ctx.io, outcome, flags.json, `${from.name} (${from.key}) merged into ${into.name} (${into.key})`);
      });
    });
  withDecisionFlags(program.command("split"))
    .description("separate actor B from actor A again, after a merge (audited, undoable)")
    .argument("<a>", "the actor a merge joined others into (any of its names)")
    .argument("<b>", "the actor to separate from it (any of its own names)")
    .action(async (a: string, b: string, flags: DecisionFlags) => {
      const author = authorOf(ctx.io, flags);
      await withStore(ctx.io, flags, async (store, catalogue) => {
        const actor = await identifyActor(a, catalogue(), store);
        // An actor found only in reports is listed under its group once merged: look among the members first.
        const members = (await store.actorGroup(actor.key)).members;
        const from =
          members.find((m) => m.key === b || squashName(m.name) === squashName(b)) ??
          (await findActor(b, catalogue(), store));
        const outcome = await store.splitActors({
          actor: { key: actor.key, name: actor.name },
          from: { key: from.key, name: from.name },
          ...author,
        });
        printOutcome(ctx.io, outcome, flags.json, `${from.name} (${from.key}) separated from ${actor.name}`);
      });
    });
}
