import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorResponses, validationError } from "./errors.ts";
import { jsonBodySchema } from "./body.ts";

describe("API errors", () => {
  it("documents each code under its status, with internal always there", () => {
    const responses = errorResponses("not-found", "empty-input", "malformed");
    expect(Object.keys(responses).sort()).toEqual(["404", "422", "500"]);
    expect(responses[422]?.description).toBe("Error: `empty-input`, `malformed`");
  });

  it("names the field of a failed validation", () => {
    const query = z.object({ q: z.string().min(1) }).safeParse({ q: "" });
    if (query.success) throw new Error("expected a failure");
    const e = validationError("query", query.error);
    expect(e.code).toBe("bad-usage");
    expect(e.message).toMatch(/^query parameter "q": /);
  });

  it("picks the report branch of the body union when the text is missing", () => {
    const body = jsonBodySchema.safeParse({ title: "no text here" });
    if (body.success) throw new Error("expected a failure");
    expect(validationError("json", body.error).message).toMatch(/^body field "text": /);
  });
});
