// JSON inputs: a STIX 2.x bundle goes to the STIX importer as a `stix` outcome; any other JSON (such as a
// `*.gold.json` annotation file beside the reports) is skipped. Before anything is parsed, one linear scan
// measures nesting depth and counts the bundle's objects, so a hostile file is refused against
// `maxJsonDepth` and `maxStixObjects` without building it in memory.
import { limitError } from "./limits.ts";
import {
  rejectedOutcome,
  rejectWith,
  skippedOutcome,
  type RawInput,
  type Reader,
  type ReadOptions,
  type ReadOutcome,
  type StixBundleInput,
} from "./outcome.ts";

export interface JsonShape {
  /** True when nesting went deeper than the limit (the scan stops there). */
  readonly tooDeep: boolean;
  /** The root object's `type`, when it is a plain string. */
  readonly rootType: string | null;
  /** Objects directly inside the root's `objects` array. */
  readonly objectCount: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/** Scans JSON text without parsing it: depth, the root's `type` and the size of its `objects` array. */
export function scanJson(text: string, maxDepth: number): JsonShape {
  let depth = 0;
  let rootType: string | null = null;
  let objectCount = 0;
  let key: string | null = null; // the root object's key being read, at depth 1
  let expectKey = false;
  let objectsDepth = -1; // depth of the root's `objects` array while inside it
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      if (depth !== 1) continue;
      const value = i - start <= 64 ? text.slice(start, i) : "";
      if (expectKey) key = value;
      else if (key === "type") rootType = value;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === objectsDepth && c === OPEN_OBJECT) objectCount++;
      if (depth === 1 && key === "objects" && c === OPEN_ARRAY) objectsDepth = 2;
      depth++;
      if (depth > maxDepth) return { tooDeep: true, rootType, objectCount };
      if (depth === 1) expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth < objectsDepth) objectsDepth = -1;
    } else if (depth === 1 && c === COLON) {
      expectKey = false;
    } else if (depth === 1 && c === COMMA) {
      expectKey = true;
    }
  }
  return { tooDeep: false, rootType, objectCount };
}

/** Parses JSON text within the limits; `declared` says it claims to be JSON (null: give it back as text). */
function readJsonText(text: string, input: RawInput, options: ReadOptions, declared: boolean): ReadOutcome | null {
  const { maxJsonDepth, maxStixObjects } = options.limits;
  const shape = scanJson(text, maxJsonDepth);
  if (shape.tooDeep) {
    const what = "JSON nested too deeply to read";
    return rejectedOutcome(
      input.origin,
      limitError("too-large", what, { name: "maxJsonDepth", value: `${maxJsonDepth} levels` }),
    );
  }
  if (shape.rootType === "bundle" && shape.objectCount > maxStixObjects) {
    const what = `STIX bundle with ${shape.objectCount} objects is too large to import`;
    return rejectedOutcome(
      input.origin,
      limitError("too-large", what, { name: "maxStixObjects", value: String(maxStixObjects) }),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (!declared) return null;
    const reason = error instanceof Error ? error.message : String(error);
    return rejectWith(input.origin, "malformed", `not valid JSON: ${reason}`);
  }
  if (value && typeof value === "object" && !Array.isArray(value) && (value as { type?: unknown }).type === "bundle") {
    const objects = (value as { objects?: unknown }).objects;
    if (objects !== undefined && !Array.isArray(objects)) {
      return rejectWith(input.origin, "malformed", "STIX bundle whose `objects` is not an array");
    }
    return Object.freeze({ status: "stix", origin: input.origin, bundle: value as StixBundleInput });
  }
  return skippedOutcome(input.origin, "not a report (JSON annotations)");
}

/** Reads an input that claims to be JSON (by extension or Content-Type): a bundle, annotations, or an error. */
export const readJson: Reader = (text, input, options) => {
  const outcome = readJsonText(text, input, options, true);
  return outcome ? [outcome] : [rejectWith(input.origin, "malformed", "not valid JSON")];
};

/** Reads text shaped like JSON as JSON when it parses; null when it does not (it is then read as text). */
export function readJsonIfValid(text: string, input: RawInput, options: ReadOptions): ReadOutcome[] | null {
  const outcome = readJsonText(text, input, options, false);
  return outcome ? [outcome] : null;
}
