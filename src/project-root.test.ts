import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, projectPath, rootOf } from "./project-root.ts";

describe("the checkout's root", () => {
  it("is found from a source file and from the bundle, also under a folder named src", () => {
    expect(rootOf("/home/ana/src/espial/src/cli/commands/serve.ts")).toBe("/home/ana/src/espial");
    expect(rootOf("/home/ana/src/espial/dist/cli/main.mjs")).toBe("/home/ana/src/espial");
    expect(() => rootOf("/tmp/elsewhere.mjs")).toThrow(/cannot tell the checkout's root/);
  });

  it("holds this checkout's package.json and catalogue", () => {
    expect(existsSync(projectPath("package.json"))).toBe(true);
    expect(existsSync(projectPath("data", "catalogue.json"))).toBe(true);
    expect(PROJECT_ROOT).not.toMatch(/[\\/]src$/);
  });
});
