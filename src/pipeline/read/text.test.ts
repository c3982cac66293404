import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { readText } from "./text.ts";
import { describeReaderContract } from "./reader.contract.ts";

const options = { limits: defaultLimits(), defaults: { kind: "vendor", tlp: "green" } } as const;
const read = (text: string, origin = "report.txt") => {
  const [outcome] = readText(text, { bytes: new Uint8Array(0), origin }, options);
  if (outcome?.status !== "read") throw new Error("expected a report");
  return outcome.report;
};

describe("readText", () => {
  it("reads the header convention into the source and keeps the text exactly", () => {
    const text =
      "Two men charged over hacking campaign\r\n\r\nSource: Example Wire\r\nDate: 2018-12-20\r\n\r\nProsecutors charged two men.\r\n";
    const report = read(text);
    expect(report.text).toBe(text);
    expect(report.source).toMatchObject({
      origin: "report.txt",
      title: "Two men charged over hacking campaign",
      outlet: "Example Wire",
      published: "2018-12-20",
      kind: "vendor",
      tlp: "green",
    });
  });

  it("reads a bare dateline", () => {
    const report = read(" date 2018-12-20 WASHINGTON - Two men were charged on Thursday.");
    expect(report.source.published).toBe("2018-12-20");
    expect(report.source.title).toBeNull();
  });

  it("reads text without a header with an empty source", () => {
    const report = read("Just a paragraph about an intrusion.");
    expect(report.source).toMatchObject({ title: null, published: null, outlet: null, url: null });
  });

  it("reads non-English text as it is", () => {
    const text =
      "Заголовок\n\nSource: Пример\nDate: 2021-09-24\n\nЕвросоюз обвинил группу в кибератаках. 中国国家安全部被点名。";
    const report = read(text);
    expect(report.text).toBe(text);
    expect(report.source.outlet).toBe("Пример");
  });
});

describeReaderContract("text", readText, {
  text: "Title\n\nSource: Wire\nDate: 2020-01-02\n\nBody text.",
  origin: "r.txt",
});
