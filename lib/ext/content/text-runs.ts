import {
  attributeOf,
  classNameOf,
  createTreeWalker,
  hasAttribute,
  isContentEditable,
  nodeTypeOf,
  ownerDocumentOf,
  parentOf,
  tagNameOf,
} from '../shared/dom-access';
import { OWN_UI_ATTRIBUTE } from '../shared/own-ui';

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

const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;

/** Whether the scanner must leave this element and everything inside it alone. */
export function isExcludedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(tagNameOf(element))) return true;
  if (hasAttribute(element, OWN_UI_ATTRIBUTE)) return true;
  const editable = attributeOf(element, 'contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (isContentEditable(element)) return true;
  const role = attributeOf(element, 'role');
  if (role === 'textbox' || role === 'combobox' || role === 'searchbox') return true;
  const className = classNameOf(element);
  return className !== '' && EDITOR_MARKERS.some((marker) => className.includes(marker));
}

/** Walks a subtree run by run, so a caller can stop between runs and resume later. */
export class TextRunWalker {
  private readonly walker: TreeWalker;
  private pending: Text | null = null;
  /**
   * The elements from the root down to the last text node's parent, each with whether it lies in
   * an excluded region. Text comes in document order, so this chain only grows and shrinks at its
   * end: memory stays the depth of the tree. (A cache of every element judged held a wrapper for
   * each element of the page until the walk ended; on a page of 200k nodes its growth, and the
   * garbage collections it caused, made single steps of the walk take 30–40 ms.) Found by a
   * search from its end, not a Map: a Map key gets an identity hash, and the browser then keeps
   * that element's wrapper for as long as the page lives (1 MB for the 85k elements of a 5 MB page).
   */
  private readonly chain: Node[] = [];
  private readonly chainExcluded: boolean[] = [];

  /**
   * `onExcluded` hears of each text node passed over because it sits in an excluded region
   * (marks made there before the region became editable must go).
   */
  constructor(
    private readonly root: Node,
    private readonly onExcluded?: (node: Text) => void,
  ) {
    const document = nodeTypeOf(root) === 9 ? (root as Document) : ownerDocumentOf(root)!;
    // Text nodes only and no filter callback: the browser walks natively, and exclusion is
    // judged per parent element, along the chain above, instead of a call into script per node.
    this.walker = createTreeWalker(document, root, SHOW_TEXT, null as unknown as NodeFilter);
  }

  /** The next run of text in one block, or null at the end. */
  next(): TextRun | null {
    const first = this.pending ?? this.nextText();
    this.pending = null;
    if (!first) return null;
    const block = blockOf(first);
    const nodes = [first];
    for (;;) {
      const node = this.nextText();
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

  /** The next text node worth reading: not blank, not inside an excluded element. */
  private nextText(): Text | null {
    for (let node = this.walker.nextNode() as Text | null; node; node = this.walker.nextNode() as Text | null) {
      if (!NON_BLANK.test(node.data)) continue;
      const parent = parentOf(node);
      if (parent && !this.isInsideExcluded(parent)) return node;
      this.onExcluded?.(node);
    }
    return null;
  }

  private isInsideExcluded(element: Node): boolean {
    // Climb to the nearest ancestor already on the chain (or past the root), then judge the
    // elements below it, top down.
    const above: Node[] = [];
    let current: Node | null = element;
    let known: number | undefined;
    while (current && (known = this.chainPosition(current)) === undefined) {
      above.push(current);
      if (current === this.root) break;
      current = parentOf(current);
    }
    this.truncateChain(known === undefined ? 0 : known + 1);
    let excluded = known === undefined ? false : this.chainExcluded[known]!;
    // The climb stops at the root: the root is judged on its own (a rescanned element may just
    // have become editable); what lies above it is the caller's business.
    for (let i = above.length - 1; i >= 0; i -= 1) {
      const node = above[i]!;
      excluded ||= nodeTypeOf(node) === ELEMENT_NODE && isExcludedElement(node as Element);
      this.chain.push(node);
      this.chainExcluded.push(excluded);
    }
    return excluded;
  }

  private chainPosition(node: Node): number | undefined {
    const position = this.chain.lastIndexOf(node);
    return position < 0 ? undefined : position;
  }

  private truncateChain(length: number): void {
    while (this.chain.length > length) {
      this.chain.pop();
      this.chainExcluded.pop();
    }
  }
}

const NON_BLANK = /\S/;

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(tagNameOf(element));
}

/** The nearest ancestor that is not an inline element: text in one block reads as one. */
export function blockOf(node: Node): Node | null {
  let current = parentOf(node);
  while (current && nodeTypeOf(current) === ELEMENT_NODE && isInlineElement(current as Element)) {
    current = parentOf(current);
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
