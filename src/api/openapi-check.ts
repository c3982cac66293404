// A structural check of an OpenAPI 3.0 document, for the tests and for scripts/gen-openapi.ts: the version,
// info, every route Espial serves, each operation with responses and described path parameters, and every
// $ref resolving. Not a full validator of the specification, but the mistakes generation can make.

/** Every route the API serves, as "METHOD /path". */
export const API_ROUTES = [
  "get /api/health",
  "get /api/openapi.json",
  "get /api/actors",
  "get /api/actors/{name}",
  "get /api/reports",
  "get /api/reports/{id}",
  "get /api/search",
  "post /api/ingest",
  "post /api/extract",
] as const;

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolves(doc: Json, ref: string): boolean {
  if (!ref.startsWith("#/")) return false;
  let at: unknown = doc;
  for (const part of ref.slice(2).split("/"))
    at = isObject(at) ? at[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  return at !== undefined;
}

function operationProblems(where: string, path: string, op: unknown): string[] {
  if (!isObject(op)) return [`${where}: not an object`];
  const problems: string[] = [];
  const responses = op["responses"];
  if (!isObject(responses) || Object.keys(responses).length === 0) problems.push(`${where}: no responses`);
  else {
    for (const [status, r] of Object.entries(responses)) {
      if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: response key ${status}`);
      if (!isObject(r) || typeof r["description"] !== "string") problems.push(`${where} ${status}: no description`);
    }
  }
  const params = Array.isArray(op["parameters"]) ? op["parameters"].filter(isObject) : [];
  for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])) {
    if (!params.some((p) => p["name"] === name && p["in"] === "path" && p["required"] === true)) {
      problems.push(`${where}: path parameter ${String(name)} not described as required`);
    }
  }
  return problems;
}

/** What is wrong with `doc` as Espial's OpenAPI 3.0 document (empty: nothing found). */
export function openApiProblems(doc: unknown): string[] {
  if (!isObject(doc)) return ["not a JSON object"];
  const problems: string[] = [];
  if (typeof doc["openapi"] !== "string" || !/^3\.0\.\d+$/.test(doc["openapi"]))
    problems.push(`openapi: ${String(doc["openapi"])} is not 3.0.x`);
  const info = doc["info"];
  if (!isObject(info) || typeof info["title"] !== "string" || typeof info["version"] !== "string")
    problems.push("info: title and version needed");
  const paths = isObject(doc["paths"]) ? doc["paths"] : {};
  const seen = new Set<string>();
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith("/")) problems.push(`path ${path}: must start with /`);
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const where = `${method} ${path}`;
      seen.add(where);
      problems.push(...operationProblems(where, path, op));
      const id = isObject(op) ? op["operationId"] : undefined;
      if (typeof id === "string" && operationIds.has(id)) problems.push(`${where}: operationId ${id} used twice`);
      if (typeof id === "string") operationIds.add(id);
    }
  }
  for (const route of API_ROUTES) if (!seen.has(route)) problems.push(`${route}: missing`);
  for (const ref of new Set(refsIn(doc))) if (!resolves(doc, ref)) problems.push(`$ref ${ref} does not resolve`);
  return problems;
}
