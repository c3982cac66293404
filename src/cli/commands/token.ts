// `espial token create NAME | list | revoke ID`: API tokens for `espial serve`. A token is shown once, when
// created; the store keeps only its sha256. Writes over HTTP carry it as `Authorization: Bearer TOKEN` or
// as HTTP Basic with the user's name and the token as password.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine } from "../output.ts";
import { withStore } from "./review-shared.ts";
import { withStoreFlags, type StoreFlags } from "./shared.ts";

type Flags = StoreFlags & { json?: boolean };

export function registerToken(program: Command, ctx: CommandContext): void {
  const token = program.command("token").description("API tokens for espial serve: create, list, revoke");
  withStoreFlags(token.command("create"))
    .description("create a token for a user; it is printed once and stored hashed")
    .argument("<user>", "the user the token acts for (named in the audit log)")
    .option("--json", "print as JSON")
    .action(async (user: string, flags: Flags) => {
      if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(user)) {
        throw new EspialError("bad-usage", "a user name is 1–64 letters, digits, dots, dashes, underscores or @");
      }
      await withStore(ctx.io, flags, async (store) => {
        const created = await store.createToken(user);
        if (flags.json) return printJson(ctx.io, { token: created.token, ...created.record });
        printLine(ctx.io, created.token);
        ctx.io.stderr.write(
          `token ${created.record.id} for ${user}: shown once, keep it now (use: Authorization: Bearer TOKEN)\n`,
        );
      });
    });
  withStoreFlags(token.command("list"))
    .description("the tokens (never the tokens themselves: their first characters)")
    .option("--json", "print as JSON")
    .action(async (flags: Flags) => {
      await withStore(ctx.io, flags, async (store) => {
        const tokens = await store.listTokens();
        if (flags.json) return printJson(ctx.io, { tokens });
        if (tokens.length === 0) return printLine(ctx.io, "no tokens (create one: espial token create NAME)");
        for (const t of tokens)
          printLine(
            ctx.io,
            `${String(t.id).padStart(4)}  ${t.user}  ${t.prefix}…  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ""}`,
          );
      });
    });
  withStoreFlags(token.command("revoke"))
    .description("revoke a token: it stops working at once")
    .argument("<id>", "the token's id (see espial token list)")
    .action(async (id: string, flags: Flags) => {
      const n = Number(id);
      if (!Number.isInteger(n) || n < 1) throw new EspialError("bad-usage", `a token id is a number, not "${id}"`);
      await withStore(ctx.io, flags, async (store) => {
        if (!(await store.revokeToken(n)))
          throw new EspialError("not-found", `no token ${n} in force (see espial token list)`);
        printLine(ctx.io, `token ${n} revoked`);
      });
    });
}
