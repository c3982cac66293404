// `espial serve [--port 7410] [--host 127.0.0.1] [--token-file PATH]`: the HTTP API on the store. The server
// is the one owner of an embedded store while it runs (a CLI write meanwhile fails naming it); it stops on
// SIGINT or SIGTERM, closing the store so the lock is released. Writes need ESPIAL_TOKEN or --token-file;
// beyond loopback reads need a token too, unless --open-reads (or ESPIAL_OPEN_READS=1).
import type { Command } from "commander";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import {
  allowedHostsFor,
  createApp,
  createTokenAuthenticator,
  isLoopback,
  startServer,
  type Authenticator,
} from "../../api/index.ts";
import { lazyPipelineDeps, openFetch, openStore } from "../../compose.ts";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { printError, printLine, type Io } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";
import { readsAreOpen } from "../../config/access.ts";
import { startPolling } from "./feed-poller.ts";
import { openUiAssets } from "../../api/ui/assets.ts";
import { anyAuthenticator, createStoreAuthenticator } from "../../api/store-auth.ts";
import { startWebhookSender } from "./webhook-sender.ts";
import { projectPath } from "../../project-root.ts";

/** Where `npm run build:ui` puts the web UI (dist/ui at the package root). */
const UI_DIR = projectPath("dist", "ui");

interface ServeFlags extends StoreFlags {
  readonly port: string;
  readonly host: string;
  readonly tokenFile?: string;
  readonly poll: boolean;
  readonly allowPrivate?: boolean;
  readonly webhook?: string;
  readonly openReads?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new EspialError("bad-usage", `--port takes a number from 0 to 65535, not "${value}"`);
  return port;
}

/** The tokens writes accept: ESPIAL_TOKEN, and each non-empty line of --token-file; null when there is none. */
async function tokenAuthenticator(io: Io, tokenFile: string | undefined): Promise<Authenticator | null> {
  const tokens: { name: string; token: string }[] = [];
  const fromEnv = io.env["ESPIAL_TOKEN"]?.trim();
  if (fromEnv) tokens.push({ name: "ESPIAL_TOKEN", token: fromEnv });
  if (tokenFile !== undefined) {
    const path = resolve(io.cwd, tokenFile);
    const text = await readFile(path, "utf8").catch((error: unknown) => {
      throw new EspialError("not-found", `--token-file ${tokenFile}: ${(error as Error).message}`, { cause: error });
    });
    text.split(/\r?\n/).forEach((line, i) => {
      const token = line.trim();
      if (token && !token.startsWith("#")) tokens.push({ name: `${tokenFile} line ${i + 1}`, token });
    });
    if (tokens.length === (fromEnv ? 1 : 0))
      throw new EspialError("empty-input", `--token-file ${tokenFile} holds no token`);
    if (((await stat(path)).mode & 0o077) !== 0)
      io.stderr.write(`note: ${tokenFile} is readable by other users: chmod 600 ${tokenFile}\n`);
  }
  return tokens.length > 0 ? createTokenAuthenticator(tokens) : null;
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveSignal(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("serve"))
    .description("serve the HTTP API on this machine (writes need ESPIAL_TOKEN or --token-file)")
    .option("--port <port>", "port to listen on; 0 picks a free one", "7410")
    .option("--host <address>", "address to listen on; the default answers this machine only", "127.0.0.1")
    .option("--token-file <path>", "file whose lines are the bearer tokens writes accept (besides env ESPIAL_TOKEN)")
    .option("--no-poll", "do not poll the feeds of espial feeds add")
    .option(
      "--allow-private",
      "let feeds and POST /api/ingest/url reach private, loopback and link-local addresses (a lab, a test)",
    )
    .option("--webhook <url>", "POST watchlist notifications here (espial watch-list); failures are retried")
    .option(
      "--open-reads",
      "beyond loopback, let anyone read without a token (env ESPIAL_OPEN_READS=1); writes still need one",
    )
    .action(async (flags: ServeFlags) => {
      const { io } = ctx;
      const port = parsePort(flags.port);
      const config = configFrom(io, flags);
      const startTokens = await tokenAuthenticator(io, flags.tokenFile);
      const openReads = readsAreOpen({
        loopback: isLoopback(flags.host),
        openReads: Boolean(flags.openReads) || config.openReads,
      });
      // Built on first use: a server that only answers reads never builds the name matcher.
      const pipeline = lazyPipelineDeps(config);
      const store = await openStore(config);
      // Tokens given at start, and those of espial token create (kept hashed in the store).
      const auth = anyAuthenticator(startTokens, createStoreAuthenticator(store));
      const log = (line: string) => printError(io, line);
      const ui = await openUiAssets(UI_DIR);
      const allowPrivate = Boolean(flags.allowPrivate);
      let server;
      try {
        const app = createApp({
          store,
          pipeline,
          limits: config.limits,
          defaults: config.defaults,
          auth,
          allowedHosts: allowedHostsFor(flags.host),
          openReads,
          clock: () => new Date(),
          log,
          ui,
          rateLimit: config.rateLimit,
          urlFetch: { open: () => openFetch({ allowPrivate }), allowPrivate },
        });
        server = await startServer(app, { host: flags.host, port });
      } catch (error) {
        await store.close();
        throw error;
      }
      const where = config.databaseUrl ? "the PostgreSQL server of DATABASE_URL" : resolve(io.cwd, config.dbPath);
      printLine(io, `espial: serving ${server.url}/api (store: ${where})`);
      printLine(io, `espial: TAXII 2.1 at ${server.url}/taxii2/ (docs/taxii.md)`);
      if ("missing" in ui) io.stderr.write(`note: ${ui.missing}; the API is served without it\n`);
      else printLine(io, `espial: the web UI is at ${server.url}/`);
      printLine(
        io,
        `espial: writes need a token (${startTokens ? "ESPIAL_TOKEN, --token-file or " : ""}espial token create NAME); Ctrl-C stops`,
      );
      if (!isLoopback(flags.host))
        io.stderr.write(
          openReads
            ? `note: listening on ${flags.host} with open reads: anyone who can reach it can read the store; use a firewall or a TLS proxy\n`
            : `note: listening on ${flags.host}: reads need a token too (--open-reads lifts that); put a TLS proxy in front\n`,
        );
      // The server owns the embedded store, so it polls the feeds; the poller stops before the store closes.
      const poller = flags.poll
        ? startPolling(config, store, { allowPrivate: Boolean(flags.allowPrivate), log })
        : null;
      if (poller)
        printLine(io, `espial: polling feeds (${(await store.listFeeds()).length} now; espial feeds add URL)`);
      const webhook = flags.webhook ? startWebhookSender({ url: flags.webhook, store, fetch, log }) : null;
      const signal = await untilSignal();
      printLine(io, `espial: ${signal}: stopping`);
      await webhook?.stop();
      await poller?.stop();
      await server.close();
      await store.close();
    });
}
