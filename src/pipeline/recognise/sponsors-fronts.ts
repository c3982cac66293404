// Front companies and contractors a text names by description: "Integrity Technology Group, a Beijing-based
// security contractor accused of running the … botnet", "X, a front company for the MSS".
// The gazetteer's fronts are found with the agencies; these are the ones it does not know.
import type { Span } from "../../core/index.ts";
import { STATES } from "./gazetteer/index.ts";
import { normaliseName, type SponsorMention } from "./sponsors-mention.ts";
import { stateName } from "./sponsors-states.ts";

const COMPANY = String.raw`(?:\p{Lu}[\p{L}\p{N}&.-]*|\d+)(?:\s+(?:(?:of|and|&)\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*|\d+)){0,7}`;
const DESCRIBED_FRONT = new RegExp(
  String.raw`(${COMPANY}),\s+(?:a|an)\s+([^,.;]{0,70}?)\b(?:firm|company|contractor|business|front|entity|enterprise|start-?up|outfit|institute|vendor)\b([^.;]*)`,
  "gu",
);
const TRADE =
  /\b(?:cyber\s*security|cyber|security|technology|tech|IT|network|information|internet|software|front|contracting|hacking)\b/i;
const TIE_TAIL =
  /\b(?:involved in|linked to|tied to|behind|working (?:for|with|on behalf of)|works (?:for|with)|on behalf of|front for|supports?|supported|supporting|provid(?:es|ed|ing)|associated with|affiliated with|connected to|participat\w+|responsible for|conduct\w*|carried out|accused of|hired by|contracted by)\b/i;
/** The tie comes first: "tied the group to a named business, X, an IT company". */
const TIE_LEAD =
  /\b(?:tie[sd]?|tying|link(?:ed|s|ing)?|connect(?:ed|s|ing)?|trac(?:ed|es|ing)|attribut(?:ed|es|ing))\b[^.;]{0,60}?\bto\s+(?:(?:a|an|the)\s+[^,.;]{0,40},\s*)?$/i;
const ADJECTIVES = STATES.flatMap((s) => s.adjectives.map((word) => ({ word, code: s.code })));

/** Is this capitalised run a company's name rather than a sentence opener ("In January, a …")? */
function isCompanyName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 && !/(?:Tech|Sec|Soft|Net)\b/i.test(name)) return false;
  return !/^(?:In|On|At|The|A|An|But|And|Since|After|Before|During|Last|This|That|Meanwhile|However)$/.test(
    words[0] ?? "",
  );
}

/** Front companies a sentence describes, with the state or agency they work for when it says. */
export function findDescribedFronts(
  text: string,
  sentence: Span,
  agencies: readonly SponsorMention[],
): SponsorMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: SponsorMention[] = [];
  DESCRIBED_FRONT.lastIndex = 0;
  for (let m = DESCRIBED_FRONT.exec(body); m; m = DESCRIBED_FRONT.exec(body)) {
    const name = (m[1] ?? "").replace(/^(?:against|on|by|from)\s+/i, "");
    const description = m[2] ?? "";
    const tail = m[3] ?? "";
    if (!isCompanyName(name) || !TRADE.test(description)) continue;
    const start = sentence.start + m.index + (m[1] ?? "").length - name.length;
    const lead = () => TIE_LEAD.test(text.slice(Math.max(sentence.start, start - 120), start));
    if (!TIE_TAIL.test(tail) && !/\bfront\b/i.test(description) && !lead()) continue;
    const span = { start, end: start + name.length };
    if (agencies.some((a) => a.start < span.end && span.start < a.end)) continue;
    const code = ADJECTIVES.find((a) => new RegExp(String.raw`\b${a.word}\b`).test(description))?.code ?? null;
    const tailStart = sentence.start + m.index + m[0].length - tail.length;
    const boss = agencies.find((a) => a.level === "agency" && a.start >= tailStart);
    out.push(
      Object.freeze({
        ...span,
        surface: name,
        key: `front:${normaliseName(name)}`,
        level: "front-company",
        form: "front",
        country: boss?.country ?? code,
        parentKey: boss?.key ?? (code ? `state:${code}` : null),
        parentName: boss?.surface ?? (code ? stateName(code) : null),
        parentLink: "employed-by",
        tied: true,
        cue: { start: tailStart, end: sentence.start + m.index + m[0].length },
      }),
    );
  }
  return out;
}
