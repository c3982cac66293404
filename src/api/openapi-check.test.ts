import { describe, expect, it } from "vitest";
import { describeApi } from "./app.ts";
import { openApiProblems } from "./openapi-check.ts";

describe("the OpenAPI document", () => {
  it("is generated without a store and passes the structural check", () => {
    expect(openApiProblems(JSON.parse(JSON.stringify(describeApi())))).toEqual([]);
  });

  it("reports what is missing or broken", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "x", version: "1" },
      paths: { "/api/actors/{name}": { get: { responses: {}, parameters: [] } } },
      components: { schemas: { A: { $ref: "#/components/schemas/Missing" } } },
    };
    const problems = openApiProblems(doc);
    expect(problems).toContain("openapi: 3.1.0 is not 3.0.x");
    expect(problems).toContain("get /api/actors/{name}: no responses");
    expect(problems).toContain("get /api/actors/{name}: path parameter name not described as required");
    expect(problems).toContain("post /api/ingest: missing");
    expect(problems).toContain("$ref #/components/schemas/Missing does not resolve");
  });
});
