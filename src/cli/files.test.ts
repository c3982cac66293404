import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expandPaths, isHousekeepingFile } from "./files.ts";

describe("isHousekeepingFile", () => {
  it("knows a folder's own files by their whole name, in any case", () => {
    for (const name of ["README.md", "readme.txt", "SOURCES.md", "LICENSE", "Licence.txt", "NOTICE", "CHANGELOG.md"])
      expect(isHousekeepingFile(name), name).toBe(true);
  });
  it("leaves reports whose names only start like one", () => {
    for (const name of ["notice-of-sanctions.html", "sources-say-apt28.txt", "readme-apt10.json", "01-indictment.txt"])
      expect(isHousekeepingFile(name), name).toBe(false);
  });
});

describe("expandPaths", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "espial-files-"));
    await mkdir(join(dir, "2018"));
    await writeFile(join(dir, "README.md"), "# Reports we collected\n");
    await writeFile(join(dir, "2018", "SOURCES.md"), "- a wire story\n");
    await writeFile(join(dir, "2018", "LICENSE"), "All rights reserved.\n");
    await writeFile(join(dir, "2018", "apt10-charges.txt"), "Two men were charged on Thursday.\n");
    await writeFile(join(dir, "notice-of-sanctions.txt"), "Treasury sanctioned a front company.\n");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("walks a folder past its housekeeping files and lists what it left out", async () => {
    const { found, housekeeping, missing } = await expandPaths([dir], "/");
    expect(found.map((f) => basename(f.path))).toEqual(["apt10-charges.txt", "notice-of-sanctions.txt"]);
    expect(housekeeping.map((p) => basename(p)).sort()).toEqual(["LICENSE", "README.md", "SOURCES.md"]);
    expect(missing).toEqual([]);
  });

  it("still reads such a file when it is named on its own", async () => {
    const { found, housekeeping } = await expandPaths([join(dir, "README.md")], "/");
    expect(found.map((f) => basename(f.path))).toEqual(["README.md"]);
    expect(housekeeping).toEqual([]);
  });
});
