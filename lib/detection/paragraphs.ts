/**
 * A blank line ends a paragraph. Rules that read a name's context stop there: a page is scanned
 * block by block, so text past it is another block, and in plain text another passage.
 */
export const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** The last paragraph break in a text. */
export const LAST_PARAGRAPH_BREAK = /\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/;
