// Victim zones: the stretches of a sentence that name who was hit. An analyst reads "Russian spies broke
// into logistics firms in Poland, Lithuania …" as: what follows "broke into", up to the
// end of that phrase, is the victim; what comes before is the attacker. The passive turns it round
// ("the Dutch foreign ministry was targeted"). Countries, sectors and organisations are victims only inside a zone.
import type { SegmentedReport, Sentence } from "../../core/index.ts";
import { normaliseText } from "../normalise/index.ts";
import { findCountryMentions, type CountryMention } from "./countries.ts";
import {
  AFTER_STOP,
  AFTER_TRIGGERS,
  BEFORE_START,
  BEFORE_TRIGGERS,
  NEGATED_BEFORE,
  NON_CYBER_SUBJECT,
  SPECULATION,
  SPEECH_TAIL,
} from "./gazetteer-victims/triggers.ts";

/** A stretch [start, end) of a sentence's text that names victims; offsets relative to that text. */
export interface VictimZone {
  readonly start: number;
  readonly end: number;
  readonly direction: "after" | "before";
  /** The trigger as written ("broke into", "was targeted"). */
  readonly trigger: string;
}

/** One sentence as the victim recognisers read it: folded text, its way back, its zones and countries. */
export interface VictimSentence {
  readonly sentence: Sentence;
  /** The sentence text, normalised (quotes, dashes, spaces folded). */
  readonly text: string;
  /** Original report offset of an offset into `text`. */
  readonly toOriginal: (i: number) => number;
  readonly zones: readonly VictimZone[];
  readonly countries: readonly CountryMention[];
}

const MAX_ZONE = 260;
const MAX_BEFORE = 160;

function zoneEnd(text: string, start: number): number {
  AFTER_STOP.lastIndex = start;
  let end = Math.min(text.length, start + MAX_ZONE);
  for (let m = AFTER_STOP.exec(text); m; m = AFTER_STOP.exec(text)) {
    if (m.index >= start) {
      end = Math.min(end, m.index);
      break;
    }
  }
  const tail = SPEECH_TAIL.exec(text.slice(start, Math.min(text.length, end + 12)));
  if (tail && tail.index + tail[0].length <= end - start + 12) end = Math.min(end, start + tail.index);
  return end;
}

function zoneStart(text: string, triggerAt: number): number {
  const from = Math.max(0, triggerAt - MAX_BEFORE);
  let start = from;
  BEFORE_START.lastIndex = from;
  for (let m = BEFORE_START.exec(text); m && m.index < triggerAt; m = BEFORE_START.exec(text)) {
    const end = m.index + m[0].length;
    if (end <= triggerAt) start = Math.max(start, end);
    if (m[0].length === 0) BEFORE_START.lastIndex++;
  }
  return start;
}

/** A relative clause inside a list of victims, and what resumes the list after its comma. */
const RELATIVE = /^(?:who|that|which|whose)\s[^.;:,]{1,120},/;
const RESUMED = /^\s+(?:as well as|along with|both in|in|across)\b/;

/**
 * "journalists who cover the region, both in Seoul and in Tokyo", "… centres that balance the grid, as well as
 * two ports": the list of victims goes on after the relative clause that interrupts it. Returns where it resumes.
 */
function resumedAfterClause(text: string, stop: number): number | null {
  const clause = RELATIVE.exec(text.slice(stop, stop + 130));
  if (!clause) return null;
  const at = stop + clause[0].length;
  return RESUMED.test(text.slice(at)) ? at : null;
}

/**
 * The victim zones of one sentence's text, in order of their start.
 * @example findVictimZones("APT10 broke into providers in Japan.") // → [{start: 17, end: 35, direction: "after"}]
 */
export function findVictimZones(text: string): VictimZone[] {
  if (SPECULATION.test(text)) return [];
  const zones: VictimZone[] = [];
  const negated = (at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    return NEGATED_BEFORE.test(before.slice(-24)) || NON_CYBER_SUBJECT.test(before);
  };
  for (const pattern of AFTER_TRIGGERS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].length;
      if (negated(m.index)) continue;
      const end = zoneEnd(text, start);
      if (end > start) zones.push({ start, end, direction: "after", trigger: m[0] });
      const more = resumedAfterClause(text, end);
      if (more !== null) zones.push({ start: more, end: zoneEnd(text, more), direction: "after", trigger: m[0] });
    }
  }
  for (const pattern of BEFORE_TRIGGERS) {
    for (const m of text.matchAll(pattern)) {
      if (negated(m.index)) continue;
      const start = zoneStart(text, m.index);
      if (m.index > start) zones.push({ start, end: m.index, direction: "before", trigger: m[0] });
    }
  }
  const unique = zones.filter((z, i) => zones.findIndex((o) => o.start === z.start && o.end === z.end) === i);
  return unique.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when [start, end) lies inside one of the zones. */
export function inZone(zones: readonly VictimZone[], start: number, end: number): VictimZone | undefined {
  return zones.find((z) => z.start <= start && end <= z.end);
}

const BULLET = /^\s*(?:[-\u2013\u2014•*·▪]|\d{1,2}[.)])\s+/;

/** "… hit targets on three continents:" — a victim zone that runs into the colon opens a list of victims. */
function opensVictimList(text: string, zones: readonly VictimZone[]): boolean {
  const colon = /:\s*$/.exec(text);
  return colon !== null && zones.some((z) => z.direction === "after" && z.end === colon.index);
}

/** A bullet of a list of victims: its first phrase names one, up to where the phrase ends. */
function bulletZone(text: string): VictimZone | null {
  const bullet = BULLET.exec(text);
  if (!bullet) return null;
  const start = bullet[0].length;
  const end = zoneEnd(text, start);
  return end > start ? { start, end, direction: "after", trigger: bullet[0].trim() } : null;
}

/** Reads every body sentence of a report for victims: normalised text, zones and country mentions. */
export function readVictimSentences(report: SegmentedReport): VictimSentence[] {
  const context = report.text.slice(report.body.start);
  let inList = false;
  return report.sentences.map((sentence) => {
    const norm = normaliseText(report.text.slice(sentence.start, sentence.end));
    const own = findVictimZones(norm.text);
    const item = inList ? bulletZone(norm.text) : null;
    const zones = item ? [item, ...own.filter((z) => !(z.start === item.start && z.end === item.end))] : own;
    inList = opensVictimList(norm.text, own) || (inList && BULLET.test(norm.text));
    return Object.freeze({
      sentence,
      text: norm.text,
      toOriginal: (i: number) => sentence.start + norm.toOriginal(i),
      zones: zones.sort((a, b) => a.start - b.start || b.end - a.end),
      countries: findCountryMentions(norm.text, context),
    });
  });
}
