// Serving an app over HTTP on Node: listen, say where, and close cleanly (idle connections at once, busy ones
// after they answer or a grace period).
import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EspialError } from "../core/index.ts";

export interface RunningServer {
  /** `http://127.0.0.1:7410`, with the port actually bound (useful with port 0). */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then closes every connection. */
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly graceMs?: number;
}

function listenError(error: NodeJS.ErrnoException, options: ServerOptions): EspialError {
  const where = `${options.host}:${options.port}`;
  switch (error.code ?? "") {
    case "EADDRINUSE":
      return new EspialError("conflict", `${where} is already in use: stop what listens there or pick another --port`, {
        cause: error,
      });
    case "EACCES":
      return new EspialError(
        "forbidden",
        `not allowed to listen on ${where}: ports below 1024 need privileges; pick another --port`,
        { cause: error },
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return new EspialError("bad-usage", `cannot listen on ${options.host}: not an address of this machine`, {
        cause: error,
      });
    default:
      return new EspialError("internal", `cannot listen on ${where}: ${error.message}`, { cause: error });
  }
}

/** Listens with `fetch` (a Hono app's) on host:port. */
export async function startServer(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  options: ServerOptions,
): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host, port: options.port }) as Server;
  // Bounds for slow clients: headers within 20 s, a whole request within 2 min.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, options));
    server.once("error", onError);
    server.listen(options.port, options.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") && !options.host.startsWith("[") ? `[${options.host}]` : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 5_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}
