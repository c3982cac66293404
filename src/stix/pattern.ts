// STIX 2.1 patterns (specification §9): the one an indicator of each kind gets, and a parser that checks a
// pattern against the grammar — observation expressions in brackets joined by AND, OR and FOLLOWEDBY, with
// their qualifiers; comparison expressions joined by AND and OR, optionally negated; object paths with quoted
// and indexed steps; string, number, boolean, hex, binary and timestamp literals and sets. No JavaScript
// parser for STIX patterns is maintained on npm (the reference one, stix2-patterns, is Python).
import type { IndicatorKind } from "../core/index.ts";

/** The object path each kind of indicator is compared on. */
const PATH: Readonly<Record<IndicatorKind, string>> = {
  ipv4: "ipv4-addr:value",
  ipv6: "ipv6-addr:value",
  domain: "domain-name:value",
  url: "url:value",
  email: "email-addr:value",
  md5: "file:hashes.MD5",
  sha1: "file:hashes.'SHA-1'",
  sha256: "file:hashes.'SHA-256'",
};

/** A string literal: quote and backslash escaped, as §9.3 requires. */
const quote = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * The STIX pattern that matches an indicator.
 * @example stixPatternOf("sha256", "9f86…") === "[file:hashes.'SHA-256' = '9f86…']"
 */
export function stixPatternOf(kind: IndicatorKind, value: string): string {
  return `[${PATH[kind]} = ${quote(value)}]`;
}

/** One comparison of a parsed pattern: the object type, the property path and the literal's value. */
export interface PatternComparison {
  readonly objectType: string;
  /** Property names, list indexes, and "*" for any index. */
  readonly path: readonly (string | number)[];
  readonly operator: string;
  readonly value: string | number | boolean | readonly (string | number | boolean)[];
}

export type PatternParse =
  | { readonly ok: true; readonly comparisons: readonly PatternComparison[] }
  | { readonly ok: false; readonly error: string };

const TOKEN =
  /\s*(?:(t'[^']*')|(h'[0-9a-fA-F]*')|(b'[A-Za-z0-9+/=]*')|('(?:[^'\\]|\\['\\])*')|(-?\d+(?:\.\d+)?)|(!=|<=|>=|=|<|>|\[|\]|\(|\)|,|:|\.)|([A-Za-z_][A-Za-z0-9_-]*)|(\*))/y;

type Token = { readonly kind: "string" | "number" | "op" | "word" | "star" | "other"; readonly text: string };

function tokenize(pattern: string): Token[] | string {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < pattern.length) {
    if (/^\s*$/.test(pattern.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(pattern);
    if (!m) return `unexpected text at ${at}: ${pattern.slice(at, at + 20)}`;
    at = TOKEN.lastIndex;
    if (m[1] || m[2] || m[3]) out.push({ kind: "other", text: (m[1] ?? m[2] ?? m[3])! });
    else if (m[4]) out.push({ kind: "string", text: m[4].slice(1, -1).replace(/\\(['\\])/g, "$1") });
    else if (m[5]) out.push({ kind: "number", text: m[5] });
    else if (m[6]) out.push({ kind: "op", text: m[6] });
    else if (m[7]) out.push({ kind: "word", text: m[7] });
    else out.push({ kind: "star", text: "*" });
  }
  return out;
}

const OPERATORS = new Set(["=", "!=", "<", ">", "<=", ">=", "LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET"]);
const OBJECT_TYPE = /^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$/;

/** Where a pattern breaks the grammar; caught by parseStixPattern, never seen outside. */
class PatternError extends Error {}

/** A recursive-descent parser over the tokens; throws a PatternError on the first error. */
function createParser(tokens: Token[]) {
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (!t) throw new PatternError("unexpected end of pattern");
    return t;
  };
  const expect = (text: string) => {
    const t = next();
    if (t.text !== text) throw new PatternError(`expected ${text}, found ${t.text}`);
  };
  const isWord = (text: string) => peek()?.kind === "word" && peek()?.text === text;
  const comparisons: PatternComparison[] = [];

  function literal(): string | number | boolean {
    const t = next();
    if (t.kind === "string") return t.text;
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "other") return t.text;
    if (t.kind === "word" && (t.text === "true" || t.text === "false")) return t.text === "true";
    throw new PatternError(`expected a literal, found ${t.text}`);
  }

  function objectPath(): { objectType: string; path: (string | number)[] } {
    const type = next();
    if (type.kind !== "word" || !OBJECT_TYPE.test(type.text)) throw new PatternError(`bad object type ${type.text}`);
    expect(":");
    const path: (string | number)[] = [];
    const step = () => {
      const t = next();
      if (t.kind === "word" || t.kind === "string") path.push(t.text);
      else throw new PatternError(`bad property name ${t.text}`);
    };
    step();
    for (;;) {
      if (peek()?.text === ".") {
        next();
        step();
      } else if (peek()?.text === "[" && tokens[i + 1]?.kind !== "word") {
        next();
        const t = next();
        if (t.kind === "star") path.push("*");
        else if (t.kind === "number" && /^\d+$/.test(t.text)) path.push(Number(t.text));
        else throw new PatternError(`bad list index ${t.text}`);
        expect("]");
      } else return { objectType: type.text, path };
    }
  }

  function comparison(): void {
    if (peek()?.text === "(") {
      next();
      comparisonOr();
      expect(")");
      return;
    }
    const { objectType, path } = objectPath();
    if (isWord("NOT")) next();
    const op = next();
    if (!OPERATORS.has(op.text)) throw new PatternError(`unknown operator ${op.text}`);
    let value: PatternComparison["value"];
    if (op.text === "IN") {
      expect("(");
      const set = [literal()];
      while (peek()?.text === ",") {
        next();
        set.push(literal());
      }
      expect(")");
      value = set;
    } else value = literal();
    comparisons.push({ objectType, path, operator: op.text, value });
  }

  function comparisonAnd(): void {
    comparison();
    while (isWord("AND")) {
      next();
      comparison();
    }
  }
  function comparisonOr(): void {
    comparisonAnd();
    while (isWord("OR")) {
      next();
      comparisonAnd();
    }
  }

  function qualifiers(): void {
    for (;;) {
      if (isWord("WITHIN")) {
        next();
        if (next().kind !== "number" || next().text !== "SECONDS")
          throw new PatternError("WITHIN wants <number> SECONDS");
      } else if (isWord("REPEATS")) {
        next();
        if (next().kind !== "number" || next().text !== "TIMES")
          throw new PatternError("REPEATS wants <integer> TIMES");
      } else if (isWord("START")) {
        next();
        if (!/^t'/.test(next().text)) throw new PatternError("START wants a timestamp");
        if (next().text !== "STOP" || !/^t'/.test(next().text))
          throw new PatternError("START … STOP wants two timestamps");
      } else return;
    }
  }

  function observation(): void {
    if (peek()?.text === "(") {
      next();
      observationExpression();
      expect(")");
    } else {
      expect("[");
      comparisonOr();
      expect("]");
    }
    qualifiers();
  }
  function observationExpression(): void {
    observation();
    while (isWord("AND") || isWord("OR") || isWord("FOLLOWEDBY")) {
      next();
      observation();
    }
  }

  return {
    parse(): PatternComparison[] {
      observationExpression();
      if (i < tokens.length) throw new PatternError(`unexpected ${tokens[i]!.text} after the pattern`);
      return comparisons;
    },
  };
}

/** Parses a STIX 2.1 pattern; the comparisons it makes, or the first error. */
export function parseStixPattern(pattern: string): PatternParse {
  const tokens = tokenize(pattern);
  if (typeof tokens === "string") return { ok: false, error: tokens };
  if (tokens.length === 0) return { ok: false, error: "empty pattern" };
  try {
    return { ok: true, comparisons: createParser(tokens).parse() };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The indicator kind and value a pattern Espial wrote stands for, or null for any other pattern. */
export function indicatorOfPattern(pattern: string): { kind: IndicatorKind; value: string } | null {
  const parsed = parseStixPattern(pattern);
  if (!parsed.ok || parsed.comparisons.length !== 1) return null;
  const c = parsed.comparisons[0]!;
  if (c.operator !== "=" || typeof c.value !== "string") return null;
  const path = `${c.objectType}:${c.path.map((p) => (typeof p === "string" && /[^A-Za-z0-9_]/.test(p) ? `'${p}'` : String(p))).join(".")}`;
  const kind = (Object.keys(PATH) as IndicatorKind[]).find((k) => PATH[k] === path);
  return kind ? { kind, value: c.value } : null;
}
