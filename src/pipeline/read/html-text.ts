// DOM → plain text: block elements become paragraphs separated by blank lines, `<br>` a line break, runs of
// HTML whitespace one space (except in `<pre>`). Scripts, styles, forms, embedded media and navigation are
// dropped whole; no markup is ever kept. The walk is iterative, so depth cannot overflow the stack.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text. */
const DROPPED = new Set(
  "script style noscript template iframe frame frameset object embed applet canvas svg math audio video map form button select textarea input nav dialog head title meta link".split(
    " ",
  ),
);
/** Page furniture, dropped when reading a whole page without the article extractor. */
const CHROME = new Set(["header", "footer", "aside", "menu"]);
const BLOCK = new Set(
  "address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html li main ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
/** Cells: separated by a space within their row, not made paragraphs of their own. */
const CELL = new Set(["td", "th"]);

class TextBuilder {
  private readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line = "";
  /** Whether the current line holds preformatted text, whose leading spaces are kept. */
  private linePre = false;

  add(text: string, preformatted: boolean): void {
    if (!preformatted) {
      this.line += text.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    const parts = text.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.breakLine();
      this.line += part;
      this.linePre = true;
    });
  }

  space(): void {
    if (this.line !== "" && !this.line.endsWith(" ")) this.line += " ";
  }

  breakLine(): void {
    const trimmed = this.linePre ? this.line.trimEnd() : this.line.trim();
    if (trimmed.trim() !== "" || this.lines.length > 0) this.lines.push(trimmed);
    this.line = "";
    this.linePre = false;
  }

  breakParagraph(): void {
    this.breakLine();
    const paragraph = this.lines.join("\n").replace(/^\n+/, "").trimEnd();
    if (paragraph !== "") this.paragraphs.push(paragraph);
    this.lines = [];
  }

  toString(): string {
    this.breakParagraph();
    return this.paragraphs.join("\n\n");
  }
}

function nameOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : "";
}

function isHidden(node: Node): boolean {
  const element = node as Element;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Called when the walk enters an element; false means skip its subtree. */
function enter(node: Node, out: TextBuilder, dropChrome: boolean): boolean {
  const name = nameOf(node);
  if (DROPPED.has(name) || (dropChrome && CHROME.has(name)) || isHidden(node)) return false;
  if (name === "br") out.breakLine();
  else if (CELL.has(name)) out.space();
  else if (BLOCK.has(name)) out.breakParagraph();
  return true;
}

function leave(node: Node, out: TextBuilder): void {
  const name = nameOf(node);
  if (CELL.has(name)) out.space();
  else if (BLOCK.has(name)) out.breakParagraph();
}

/** The text of a DOM subtree, paragraphs separated by blank lines. */
export function textOfDom(root: Node, options: { dropChrome: boolean } = { dropChrome: false }): string {
  const out = new TextBuilder();
  let preDepth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) out.add(node.nodeValue ?? "", preDepth > 0);
    else if (node.nodeType === ELEMENT_NODE && enter(node, out, options.dropChrome)) {
      descend = node.firstChild !== null;
      if (!descend) leave(node, out);
      else if (nameOf(node) === "pre") preDepth++;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling, leaving each element on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) {
        if (nameOf(node) === "pre") preDepth--;
        leave(node, out);
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return out.toString();
}
