// Character spans into a document's text exactly as ingested. Every offset Espial keeps is one of these.

/** A half-open range [start, end) of UTF-16 code units into the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Makes a span, refusing an inverted or negative one. */
export function createSpan(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return Object.freeze({ start, end });
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
