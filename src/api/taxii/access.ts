// Who may read and write over TAXII. Reads are open on a loopback server and need a user elsewhere unless the
// server is configured open (openReads); writes (POST to the inbox) always need a user from the Authenticator
// port. A user is named by `Authorization: Bearer TOKEN` or by HTTP Basic (which TAXII 2.1 clients such as
// OpenCTI and MISP send) whose password is the token. 401 when credentials are missing or wrong; 403 when they
// cannot help (spec §1.6.8, §3.6.1).
import { EspialError } from "../../core/index.ts";
import type { ApiUser, Authenticator } from "../auth.ts";

/** The request with an HTTP Basic password as a bearer token, or null when it carries no Basic credential. */
function basicAsBearer(request: Request): Request | null {
  const match = /^Basic[ \t]+([A-Za-z0-9+/=]+)[ \t]*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${decoded.slice(colon + 1)}`);
  return new Request(request.url, { method: request.method, headers });
}

/** The user a request acts for, by its bearer token or its Basic password; null when it names none. */
export async function taxiiUser(auth: Authenticator | null, request: Request): Promise<ApiUser | null> {
  if (auth === null) return null;
  const direct = await auth.authenticate(request);
  if (direct) return direct;
  const basic = basicAsBearer(request);
  return basic ? auth.authenticate(basic) : null;
}

function credentialError(request: Request): EspialError {
  return request.headers.has("authorization")
    ? new EspialError("unauthorized", "the credentials given are not valid")
    : new EspialError(
        "unauthorized",
        "this TAXII server needs credentials: HTTP Basic (the token as password) or Bearer",
      );
}

export interface TaxiiAccess {
  /** Passes, or throws 401, for a read. */
  read(request: Request): Promise<void>;
  /** The user of a write to a collection: 403 when the collection or the server takes no writes, 401 without a valid user. */
  write(request: Request, collection: { readonly title: string; readonly canWrite: boolean }): Promise<ApiUser>;
}

/**
 * The access policy of a TAXII server.
 * @example createTaxiiAccess({ auth, openReads: readsOpen(deps) })
 */
export function createTaxiiAccess(options: {
  readonly auth: Authenticator | null;
  readonly openReads: boolean;
}): TaxiiAccess {
  const { auth, openReads } = options;
  return {
    async read(request) {
      if (openReads) return;
      if (auth === null)
        throw new EspialError("forbidden", "this TAXII server reads to no one: start espial serve with a token");
      if ((await taxiiUser(auth, request)) === null) throw credentialError(request);
    },
    async write(request, collection) {
      if (!collection.canWrite) throw new EspialError("forbidden", `the collection "${collection.title}" is read-only`);
      if (auth === null) {
        throw new EspialError(
          "forbidden",
          "this server takes no writes: start espial serve with ESPIAL_TOKEN or --token-file",
        );
      }
      const user = await taxiiUser(auth, request);
      if (user === null) throw credentialError(request);
      return user;
    },
  };
}
