import { render } from 'preact';
import { bodyOf } from '@/lib/ext/shared/dom-access';
import { OWN_UI_ATTRIBUTE } from '@/lib/ext/shared/own-ui';
import { placeCard, type Box } from './placement';
import { CardApp, type CardContent } from './card-app';
import { CARD_STYLES } from './card-styles';

export interface CardOptions {
  /** The mention's boxes on screen, so the card never covers it. */
  anchor: Box[];
  theme: 'auto' | 'light' | 'dark';
  /** Opened from the keyboard: focus moves into the card, and back when it closes. */
  focus: boolean;
  onClose: () => void;
}

/**
 * The card's home in the page: one host element in the top layer (a manual popover), with a
 * closed shadow root holding its own styles, so page CSS and scripts cannot reach inside.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private returnFocusTo: Element | null = null;
  /** Set when Tab moved focus into a card opened by hover or by focusing a link. */
  private restoreFocus: (() => void) | undefined;
  private options: CardOptions | undefined;
  private rendered: CardContent | undefined;
  private renders = 0;

  /**
   * Builds the card out of sight while the hover delay runs, so that opening it afterwards only
   * updates, shows and places it: the work after the delay fits in a frame.
   */
  prepare(content: CardContent, theme: CardOptions['theme']): void {
    if (this.isOpen()) return;
    const { host, root } = this.mount();
    this.hide(host);
    this.render(content, theme, root);
  }

  open(content: CardContent, options: CardOptions): void {
    this.options = options;
    const { host, root } = this.mount();
    if (options.focus) this.returnFocusTo = document.activeElement;
    this.restoreFocus = undefined;
    this.render(content, options.theme, root);
    this.show(host);
    this.position(options.anchor);
    if (options.focus) this.focusFirstControl();
  }

  /** Moves focus into the open card; `restore` puts it back when the card closes with focus inside. */
  focusInside(restore: () => void): void {
    this.restoreFocus = restore;
    this.focusFirstControl();
  }

  hasFocus(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  private focusFirstControl(): void {
    (this.root?.querySelector('button, a[href]') as HTMLElement | null)?.focus();
  }

  close(): void {
    if (!this.host || !this.root) return;
    // Focus goes back while the card is still shown, so the page sees it come from the card.
    if (this.returnFocusTo instanceof HTMLElement) this.returnFocusTo.focus();
    else if (this.hasFocus()) this.restoreFocus?.();
    this.returnFocusTo = null;
    this.restoreFocus = undefined;
    render(null, this.root);
    this.rendered = undefined;
    this.hide(this.host);
    const onClose = this.options?.onClose;
    this.options = undefined;
    onClose?.();
  }

  isOpen(): boolean {
    return this.options !== undefined;
  }

  /** Whether an event happened on the card (its host is all the page can see of it). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  private render(content: CardContent, theme: CardOptions['theme'], root: ShadowRoot): void {
    // Built already while the hover delay ran.
    if (content === this.rendered) return;
    this.rendered = content;
    this.renders += 1;
    const scheme = theme === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme;
    // A new key for new content: the card's state (a pin in progress, a notice) belongs to one model.
    render(<CardApp key={this.renders} content={content} theme={scheme} now={new Date()} onClose={() => this.close()} />, root);
  }

  private mount(): { host: HTMLElement; root: ShadowRoot } {
    if (this.host?.isConnected && this.root) return { host: this.host, root: this.root };
    const host = document.createElement('model-lens-card');
    this.rendered = undefined;
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    // Inline !important beats any page rule, even `* { display: none !important }`.
    host.style.cssText =
      'all: initial !important; position: fixed !important; display: block !important; visibility: visible !important; ' +
      'opacity: 1 !important; z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; ' +
      'background: transparent !important; overflow: visible !important; transform: none !important; inset: auto !important; ' +
      'width: auto !important; height: auto !important; max-width: none !important; max-height: none !important;';
    if ('popover' in host) host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_STYLES);
    root.adoptedStyleSheets = [sheet];
    (bodyOf(document) ?? document.documentElement).append(host);
    this.host = host;
    this.root = root;
    return { host, root };
  }

  private show(host: HTMLElement): void {
    host.style.setProperty('display', 'block', 'important');
    if (host.hasAttribute('popover') && !host.matches(':popover-open')) host.showPopover();
  }

  private hide(host: HTMLElement): void {
    if (host.hasAttribute('popover') && host.matches(':popover-open')) host.hidePopover();
    host.style.setProperty('display', 'none', 'important');
  }

  private position(anchor: Box[]): void {
    const host = this.host!;
    // Always set here, and important: the page may set the same property (even !important) on
    // the host or inherit one down to it. `initial` measures the card at its default cap.
    host.style.setProperty('--ml-max-height', 'initial', 'important');
    const card = this.root?.querySelector<HTMLElement>('.card');
    card?.removeAttribute('data-compact');
    const box = host.getBoundingClientRect();
    const { left, top, maxHeight, compact } = placeCard(anchor, { width: box.width, height: box.height }, { width: innerWidth, height: innerHeight });
    host.style.setProperty('--ml-max-height', `${maxHeight}px`, 'important');
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${top}px`, 'important');
    card?.toggleAttribute('data-compact', compact);
    this.showScrollCue();
  }

  /** "More details": shown while the card's details do not all fit, until scrolled to the end. */
  private showScrollCue(): void {
    const card = this.root?.querySelector<HTMLElement>('.card');
    if (!card) return;
    card.toggleAttribute('data-more', card.scrollTop + card.clientHeight < card.scrollHeight - 2);
    if (card.dataset.cueWatched) return;
    card.dataset.cueWatched = 'yes';
    card.addEventListener('scroll', () => this.showScrollCue(), { passive: true });
  }
}
