import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { parseHeader, segmentReport } from "./index.ts";

const report = (text: string) => segmentReport({ source: createReportSource({ origin: "test" }), text });
const sentencesOf = (text: string) => report(text).sentences.map((s) => text.slice(s.start, s.end));

describe("segmentReport", () => {
  it("splits sentences but not after U.S., initials or decimals", () => {
    const text =
      "The U.S. Navy said 4.5 million records leaked. J. Smith of Acme Corp. disagreed! Was it APT10? Officials said so.";
    expect(sentencesOf(text)).toEqual([
      "The U.S. Navy said 4.5 million records leaked.",
      "J. Smith of Acme Corp. disagreed!",
      "Was it APT10?",
      "Officials said so.",
    ]);
  });

  it("ends a sentence inside closing quotes", () => {
    const text = 'He said "it was them." Then he left.';
    expect(sentencesOf(text)).toEqual(['He said "it was them."', "Then he left."]);
  });

  it("keeps bullets and lines as their own paragraphs, and skips the header", () => {
    const text =
      "A title here\n\nSource: Wire\nDate: 2020-01-02\n\nFirst para. Second.\n\n  • one bullet\n  • two bullet\n";
    const r = report(text);
    expect(text.slice(r.body.start, r.body.start + 5)).toBe("First");
    expect(r.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First para. Second.",
      "• one bullet",
      "• two bullet",
    ]);
  });

  it("joins a paragraph wrapped over lines", () => {
    const text = "Hackers broke into the\nnetworks of the clients.";
    expect(sentencesOf(text)).toEqual(["Hackers broke into the\nnetworks of the clients."]);
  });
});

describe("parseHeader", () => {
  it("reads title, source and date", () => {
    const h = parseHeader("Allies blame a state\n\nSource: Example News\nDate: 2021-09-24\n\nBody text.");
    expect(h).toMatchObject({ title: "Allies blame a state", outlet: "Example News", published: "2021-09-24" });
  });

  it("reads a bare dateline", () => {
    const h = parseHeader(" date 2018-12-20 In this photo, people stand.");
    expect(h.published).toBe("2018-12-20");
    expect(h.bodyStart).toBe(" date 2018-12-20 ".length);
  });

  it("finds no header in plain prose", () => {
    expect(parseHeader("Hackers struck again.\n\nMore text.").bodyStart).toBe(0);
  });
});
