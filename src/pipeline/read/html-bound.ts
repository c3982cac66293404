// Bounds an HTML page's shape before a DOM is built: the DOM library and the article extractor slow down
// sharply with depth (100,000 nested divs take minutes) and every element costs memory. Tags that would
// open deeper than `maxDepth`, and any tag after the first `maxElements`, are dropped (their matching end
// tags too) and their text kept. One linear pass over the markup with a small model of HTML's implied end
// tags; ordinary pages come back unchanged.

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr keygen command basefont bgsound frame image isindex nextid spacer".split(
    " ",
  ),
);
const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "noscript",
  "plaintext",
]);
const P_CLOSERS = new Set(
  "address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split(
    " ",
  ),
);
/** Opening the key closes an open element on top of the stack named in the value (HTML's implied ends). */
const IMPLIED_CLOSE: Readonly<Record<string, ReadonlySet<string>>> = {
  li: new Set(["li", "p"]),
  dt: new Set(["dt", "dd", "p"]),
  dd: new Set(["dt", "dd", "p"]),
  tr: new Set(["tr", "td", "th"]),
  td: new Set(["td", "th"]),
  th: new Set(["td", "th"]),
  thead: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
  tbody: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
  tfoot: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
  option: new Set(["option"]),
  optgroup: new Set(["option", "optgroup"]),
  rt: new Set(["rt", "rp"]),
  rp: new Set(["rt", "rp"]),
};
/** How far up the stack an end tag looks for its element; beyond that it is ignored, as a stray. */
const END_TAG_REACH = 256;

const TAG_NAME = /<(\/?)([a-zA-Z][^\s/>]*)/y;

interface Scan {
  readonly stack: string[];
  /** Tags dropped whose end tag has not been seen yet. */
  dropped: number;
  /** Start tags kept so far, and how many may be. */
  elements: number;
  readonly maxElements: number;
  readonly maxDepth: number;
}

/** Applies implied end tags before `name` opens. */
function closeImplied(scan: Scan, name: string): void {
  const closes = IMPLIED_CLOSE[name] ?? (P_CLOSERS.has(name) ? new Set(["p"]) : null);
  if (!closes) return;
  while (scan.stack.length > 0 && closes.has(scan.stack[scan.stack.length - 1] ?? "")) scan.stack.pop();
}

/** Whether an end tag is kept (false when it closes a dropped tag). */
function closeTag(scan: Scan, name: string): boolean {
  const { stack } = scan;
  const floor = Math.max(0, stack.length - END_TAG_REACH);
  for (let i = stack.length - 1; i >= floor; i--) {
    if (stack[i] === name) {
      stack.length = i;
      return true;
    }
  }
  if (scan.dropped > 0) {
    scan.dropped--;
    return false;
  }
  return true;
}

/** Whether a start tag is kept (false when it would open deeper than the limit, or past the element cap). */
function openTag(scan: Scan, name: string, selfClosing: boolean): boolean {
  const empty = VOID.has(name) || selfClosing;
  if (scan.elements >= scan.maxElements) {
    if (!empty) scan.dropped++;
    return false;
  }
  if (empty) {
    scan.elements++;
    return true;
  }
  closeImplied(scan, name);
  if (scan.stack.length >= scan.maxDepth) {
    scan.dropped++;
    return false;
  }
  scan.elements++;
  scan.stack.push(name);
  return true;
}

/** The offset just past a tag's `>`, reading quoted attribute values as browsers do (to the end if unclosed). */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const ch = html[i];
    if (ch === ">") return i + 1;
    if (ch === "=") {
      i++;
      while (i < html.length && /\s/.test(html[i] ?? "")) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return html.length;
        i = close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return html.length;
}

const RAW_TEXT_END = new Map<string, RegExp>();

/** The offset just past a raw-text element's end tag (`</script>` …), or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  let end = RAW_TEXT_END.get(name);
  if (!end) {
    end = new RegExp(`</${name}[\\s/>]`, "gi");
    RAW_TEXT_END.set(name, end);
  }
  end.lastIndex = from;
  const found = end.exec(html);
  return found ? tagEnd(html, found.index + 2) : html.length;
}

/** Handles the tag at `i`; returns where scanning resumes and whether the tag was dropped. */
function scanTag(html: string, i: number, scan: Scan): { next: number; drop: boolean } {
  TAG_NAME.lastIndex = i;
  const m = TAG_NAME.exec(html);
  if (!m) return { next: i + 1, drop: false };
  const next = tagEnd(html, i + m[0].length);
  const name = (m[2] ?? "").toLowerCase();
  if (m[1]) return { next, drop: !closeTag(scan, name) };
  // Raw-text elements hold no elements: never on the stack, their content skipped whole.
  if (RAW_TEXT.has(name)) {
    const end = rawTextEnd(html, name, next);
    return openTag(scan, name, true) ? { next: end, drop: false } : { next: end, drop: true };
  }
  const selfClosing = html[next - 2] === "/";
  return { next, drop: !openTag(scan, name, selfClosing) };
}

/** The HTML without the tags past the bounds (text kept); the same string when none is dropped. */
export function boundHtml(
  html: string,
  bounds: { readonly maxDepth: number; readonly maxElements: number },
): { html: string; dropped: number } {
  const scan: Scan = { stack: [], dropped: 0, elements: 0, ...bounds };
  const kept: string[] = [];
  let copiedTo = 0;
  let droppedTotal = 0;
  let i = html.indexOf("<");
  while (i !== -1) {
    let next: number;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      next = end === -1 ? html.length : end + 3;
    } else if (html[i + 1] === "!" || html[i + 1] === "?") {
      const end = html.indexOf(">", i);
      next = end === -1 ? html.length : end + 1;
    } else {
      const tag = scanTag(html, i, scan);
      next = tag.next;
      if (tag.drop) {
        kept.push(html.slice(copiedTo, i));
        copiedTo = next;
        droppedTotal++;
      }
    }
    i = html.indexOf("<", next);
  }
  if (droppedTotal === 0) return { html, dropped: 0 };
  kept.push(html.slice(copiedTo));
  return { html: kept.join(""), dropped: droppedTotal };
}
