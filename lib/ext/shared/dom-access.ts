/**
 * DOM reads that page markup cannot redirect. A form's named controls shadow its properties
 * (`<form><input name="parentNode">` makes `form.parentNode` that input), and named elements do
 * the same to `document` (`<iframe name="body">`): "DOM clobbering". Reading through the
 * prototypes' own getters and methods is immune to it. Where there is no DOM global (the
 * command line parses pages with a library), plain property reads are used.
 */
type Getter<T> = ((this: unknown) => T) | undefined;

function getterOf<T>(proto: object | undefined, name: string): Getter<T> {
  return proto ? (Object.getOwnPropertyDescriptor(proto, name)?.get as Getter<T>) : undefined;
}

const NodeProto = typeof Node === 'undefined' ? undefined : Node.prototype;
const ElementProto = typeof Element === 'undefined' ? undefined : Element.prototype;
const HTMLElementProto = typeof HTMLElement === 'undefined' ? undefined : HTMLElement.prototype;
const DocumentProto = typeof Document === 'undefined' ? undefined : Document.prototype;

const PARENT_NODE = getterOf<Node | null>(NodeProto, 'parentNode');
const NODE_TYPE = getterOf<number>(NodeProto, 'nodeType');
const IS_CONNECTED = getterOf<boolean>(NodeProto, 'isConnected');
const OWNER_DOCUMENT = getterOf<Document | null>(NodeProto, 'ownerDocument');
const TAG_NAME = getterOf<string>(ElementProto, 'tagName');
const CLASS_NAME = getterOf<unknown>(ElementProto, 'className');
const IS_CONTENT_EDITABLE = getterOf<boolean>(HTMLElementProto, 'isContentEditable');
const BODY = getterOf<HTMLElement | null>(DocumentProto, 'body');
const DESIGN_MODE = getterOf<string>(DocumentProto, 'designMode');
const GET_ATTRIBUTE = ElementProto?.getAttribute;
const HAS_ATTRIBUTE = ElementProto?.hasAttribute;
const CLOSEST = ElementProto?.closest;
const CREATE_TREE_WALKER = DocumentProto?.createTreeWalker;
const BOUNDING_RECT = ElementProto?.getBoundingClientRect;

export const parentOf = (node: Node): Node | null => (PARENT_NODE ? PARENT_NODE.call(node) : node.parentNode);
export const nodeTypeOf = (node: Node): number => (NODE_TYPE ? NODE_TYPE.call(node) : node.nodeType);
export const isConnected = (node: Node): boolean => (IS_CONNECTED ? IS_CONNECTED.call(node) : node.isConnected);
export const ownerDocumentOf = (node: Node): Document | null => (OWNER_DOCUMENT ? OWNER_DOCUMENT.call(node) : node.ownerDocument);
export const tagNameOf = (element: Element): string => String(TAG_NAME ? TAG_NAME.call(element) : element.tagName).toUpperCase();
export const classNameOf = (element: Element): string => {
  const value = CLASS_NAME ? CLASS_NAME.call(element) : element.className;
  return typeof value === 'string' ? value : '';
};
export const isContentEditable = (element: Element): boolean =>
  IS_CONTENT_EDITABLE && element instanceof HTMLElement ? IS_CONTENT_EDITABLE.call(element) : (element as HTMLElement).isContentEditable === true;
export const attributeOf = (element: Element, name: string): string | null =>
  GET_ATTRIBUTE ? GET_ATTRIBUTE.call(element, name) : element.getAttribute(name);
export const hasAttribute = (element: Element, name: string): boolean =>
  HAS_ATTRIBUTE ? HAS_ATTRIBUTE.call(element, name) : element.hasAttribute(name);
export const closestOf = (element: Element, selector: string): Element | null =>
  CLOSEST ? CLOSEST.call(element, selector) : element.closest(selector);
export const rectOf = (element: Element): DOMRect =>
  BOUNDING_RECT ? BOUNDING_RECT.call(element) : element.getBoundingClientRect();
export const bodyOf = (document: Document): HTMLElement | null => (BODY ? BODY.call(document) : document.body);
export const designModeOf = (document: Document): string => (DESIGN_MODE ? DESIGN_MODE.call(document) : document.designMode);
export const createTreeWalker = (document: Document, root: Node, whatToShow: number, filter: NodeFilter): TreeWalker =>
  CREATE_TREE_WALKER ? CREATE_TREE_WALKER.call(document, root, whatToShow, filter) : document.createTreeWalker(root, whatToShow, filter);
