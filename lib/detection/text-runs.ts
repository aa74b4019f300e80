/**
 * The text a page shows, as the scanner reads it: runs of text nodes that sit in one
 * block (so "<b>Claude</b> Sonnet 4" reads as one name), leaving out what is not prose
 * (scripts, styles), what the user is typing into (inputs, textareas, contenteditable,
 * code editors), and the extension's own interface.
 *
 * Plain DOM, no globals: the same walk serves the content script and the command line.
 */
export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/** Where the extension mounts its own UI; never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-model-lens-ui';

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL', 'BIG',
  'TT', 'STRIKE', 'INS', 'DEL',
]);

// Classes and roles of code editors that draw their text in ordinary elements.
const EDITOR_MARKERS = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor', 'ProseMirror', 'ql-editor'];

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const ELEMENT_NODE = 1;

/** Whether the scanner must leave this element and everything inside it alone. */
export function isExcludedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if ((element as HTMLElement).isContentEditable === true) return true;
  const role = element.getAttribute('role');
  if (role === 'textbox' || role === 'combobox' || role === 'searchbox') return true;
  const className = typeof element.className === 'string' ? element.className : '';
  return className !== '' && EDITOR_MARKERS.some((marker) => className.includes(marker));
}

/** Walks a subtree run by run, so a caller can stop between runs and resume later. */
export class TextRunWalker {
  private readonly walker: TreeWalker;
  private pending: Text | null = null;

  constructor(root: Node) {
    const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
      acceptNode: (node: Node) => {
        if (node.nodeType === ELEMENT_NODE) return isExcludedElement(node as Element) ? FILTER_REJECT : FILTER_SKIP;
        return /\S/.test((node as Text).data) ? FILTER_ACCEPT : FILTER_SKIP;
      },
    });
  }

  /** The next run of text in one block, or null at the end. */
  next(): TextRun | null {
    const first = this.pending ?? (this.walker.nextNode() as Text | null);
    this.pending = null;
    if (!first) return null;
    const block = blockOf(first);
    const nodes = [first];
    for (;;) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) break;
      if (blockOf(node) !== block) {
        this.pending = node;
        break;
      }
      nodes.push(node);
    }
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.data;
    }
    return { nodes, starts, text };
  }
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest ancestor that is not an inline element: text in one block reads as one. */
export function blockOf(node: Node): Node | null {
  let current = node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current;
}

/** Every run of a subtree at once (for the command line and tests). */
export function collectTextRuns(root: Node): TextRun[] {
  const walker = new TextRunWalker(root);
  const runs: TextRun[] = [];
  for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  return runs;
}

/**
 * Maps an offset in a run's text back to a text node and an offset inside it. A mention's
 * start lies in the node holding its first character; its end in the node holding its last.
 */
export function locate(run: TextRun, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const start = run.starts[mid]!;
    if (edge === 'start' ? start <= offset : start < offset) low = mid;
    else high = mid - 1;
  }
  return { node: run.nodes[low]!, offset: offset - run.starts[low]! };
}
