import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMANDS, createProgram, runCli } from "./main.ts";
import type { Io } from "./output.ts";
import { PassThrough } from "node:stream";

function captureIo(): { io: Io; out: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = "";
  stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const io: Io = { stdout, stderr, stdin: new PassThrough(), isTty: false, env: {}, cwd: process.cwd() };
  return { io, out: () => text };
}

describe("the CLI's command table", () => {
  it("names every command its modules register, each with the description the module gives", async () => {
    const { io } = captureIo();
    const program = await createProgram({ io, setExit: () => undefined });
    const registered = new Map(program.commands.map((c: Command) => [c.name(), c.description()]));
    expect([...registered.keys()].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const c of COMMANDS) expect(c.summary, c.name).toBe(registered.get(c.name));
  }, 60_000);

  it("lists every verb in --help without loading the commands", async () => {
    const { io, out } = captureIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const c of COMMANDS) expect(out()).toContain(`  ${c.name} `);
  });

  it("runs one verb's own help and refuses an unknown verb with exit code 2", async () => {
    const help = captureIo();
    expect(await runCli(["help", "extract"], help.io)).toBe(0);
    expect(help.out()).toContain("Usage: espial extract");
    const bad = captureIo();
    expect(await runCli(["no-such-verb"], bad.io)).toBe(2);
    expect(bad.out()).toContain("unknown command");
  }, 60_000);
});
