import type { CardHost } from '../../../components/card/card-host';
import type { CardContent } from '../../../components/card/card-app';
import type { DetectionIndex } from '../../detection/alias-index';
import { sendToBackground } from '../shared/send';
import { CARD_API_KEY } from '../../../components/card/card-api';
import type { ContentSettings } from './content-settings';
import type { PageMention, PageScanner } from './page-scanner';
import { mentionAtPoint, rectsOf } from './pointer';

const CLOSE_GRACE_MS = 300;

/**
 * Opens the card for a mention: after a short hover (or with Alt held, by setting), or from the
 * keyboard shortcut. It closes on Esc, on leaving (after a grace period to move into it) and on
 * scrolling. Only trusted events count: a page cannot open or steer the card.
 */
export class CardTrigger {
  private current: PageMention | null = null;
  private openFor: PageMention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<CardContent | null> | undefined;
  private framePending = false;
  private lastPointer = { x: 0, y: 0, alt: false };
  /** Trusted pointer moves and focus changes decided on (to open, close or ignore), for the extension to ask. */
  readonly handled = { pointerMoves: 0, focusChanges: 0 };

  constructor(
    private readonly scanner: PageScanner,
    private index: () => DetectionIndex,
    private settings: () => ContentSettings,
    signal: AbortSignal,
  ) {
    const options = { capture: true, passive: true, signal };
    document.addEventListener('pointermove', (event) => this.onPointerMove(event), options);
    document.addEventListener('keydown', (event) => this.onKey(event), { capture: true, signal });
    window.addEventListener('scroll', (event) => event.isTrusted && this.closeSoon(0), options);
    document.addEventListener('pointerdown', (event) => this.onPointerDown(event), options);
    document.addEventListener('focusin', (event) => this.onFocusIn(event), { capture: true, signal });
    // Stopped (the site turned off, the extension reloaded): an open card goes with the marks.
    signal.addEventListener('abort', () => {
      clearTimeout(this.openTimer);
      if (this.card()?.isOpen()) this.card()!.close();
    });
  }

  /** The keyboard path: the mention at the selection, else the next one on screen. */
  async openFromKeyboard(): Promise<void> {
    const mention = this.mentionAtSelection() ?? this.nextVisibleMention();
    if (mention) await this.open(mention, true);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted) return;
    if (this.settings().trigger === 'keyboard') {
      this.handled.pointerMoves += 1;
      return;
    }
    this.lastPointer = { x: event.clientX, y: event.clientY, alt: event.altKey };
    if (this.framePending) return;
    // One hit test per frame, however fast the pointer moves.
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.update(this.card()?.contains(event.target) ?? false);
      this.handled.pointerMoves += 1;
    });
  }

  private update(overCard: boolean): void {
    if (overCard) {
      clearTimeout(this.closeTimer);
      return;
    }
    const { x, y, alt } = this.lastPointer;
    const mention = mentionAtPoint(this.scanner, x, y);
    if (mention === this.current) return;
    this.current = mention;
    clearTimeout(this.openTimer);
    if (!mention) {
      if (this.openFor) this.closeSoon(CLOSE_GRACE_MS);
      return;
    }
    if (mention === this.openFor) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (this.settings().trigger === 'modifier' && !alt) return;
    // Look the model up, load the card's code and build the card now, while the delay runs, so
    // that when it ends the card is only shown.
    const pending = (this.pending = this.contentFor(mention));
    void Promise.all([pending, this.ensureCard()]).then(([content, card]) => {
      if (content && card && mention === this.current) card.prepare(content, this.settings().theme);
    });
    this.openTimer = setTimeout(() => void this.open(mention, false), this.settings().hoverDelayMs);
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted || !this.card()?.isOpen()) return;
    if (event.key === 'Escape') this.card()!.close();
    // The card opened by the name in reach is the next stop for Tab, before the rest of the page.
    if (event.key === 'Tab' && !event.shiftKey && !this.card()!.hasFocus()) {
      const mention = this.openFor;
      if (!mention) return;
      event.preventDefault();
      event.stopPropagation();
      this.card()!.focusInside(() => returnFocus(mention));
    }
  }

  /** Tabbing onto a link (or any focusable element) that holds a marked name opens its card. */
  private onFocusIn(event: FocusEvent): void {
    if (!event.isTrusted) return;
    this.handled.focusChanges += 1;
    // Focus leaving the card (returned to the link on Esc) does not open it again.
    if (this.card()?.contains(event.target) || this.card()?.contains(event.relatedTarget)) return;
    const element = event.target;
    if (!(element instanceof Element) || element === document.body) return;
    const mention = this.scanner.allMentions().find((m) => element.contains(m.range.startContainer));
    if (!mention || mention === this.openFor) return;
    this.current = mention;
    void this.open(mention, true, false);
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.isTrusted && this.card()?.isOpen() && !this.card()!.contains(event.target)) this.card()!.close();
  }

  private closeSoon(ms: number): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.card()?.isOpen()) this.card()!.close();
    }, ms);
  }

  private async open(mention: PageMention, fromKeyboard: boolean, focusCard = fromKeyboard): Promise<void> {
    const pending = mention === this.current && this.pending ? this.pending : this.contentFor(mention);
    const [content, card] = await Promise.all([pending, this.ensureCard()]);
    if (!content || !card || (!fromKeyboard && mention !== this.current)) return;
    clearTimeout(this.closeTimer);
    this.openFor = mention;
    card.open(content, {
      anchor: rectsOf(mention.range).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })),
      theme: this.settings().theme,
      focus: focusCard,
      onClose: () => {
        this.openFor = null;
      },
    });
    if (mention.kind === 'specific') void sendToBackground({ type: 'hovered', id: this.index().models[mention.target]!.id }).catch(() => undefined);
  }

  private async contentFor(mention: PageMention): Promise<CardContent | null> {
    if (mention.kind === 'family') return { kind: 'family', name: familyText(mention) };
    if (mention.kind === 'hub') {
      if (!mention.hubRepo) return null;
      const details = await orNull(sendToBackground({ type: 'getHubModel', repoId: mention.hubRepo }));
      // A quantization of a catalogue model is the same weights: it opens that model's card.
      if (details?.ok && details.sameWeightsAs) return { kind: 'specific', details: details.sameWeightsAs, page: { url: location.href, title: document.title }, hub: details };
      return details ? { kind: 'hub', details } : null;
    }
    const details = await orNull(sendToBackground({ type: 'getModel', id: this.index().models[mention.target]!.id }));
    return details ? { kind: 'specific', details, page: { url: location.href, title: document.title }, snapshot: mention.snapshot } : null;
  }

  private card(): CardHost | undefined {
    return (globalThis as Record<string, unknown>)[CARD_API_KEY] as CardHost | undefined;
  }

  private loading: Promise<CardHost | undefined> | undefined;

  /** The card's code is injected on first use only. */
  private ensureCard(): Promise<CardHost | undefined> {
    if (this.card()) return Promise.resolve(this.card());
    this.loading ??= orNull(sendToBackground({ type: 'loadCard' })).then(() => this.card());
    return this.loading;
  }

  private mentionAtSelection(): PageMention | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.anchorNode) return null;
    return this.scanner.mentionAt(selection.anchorNode, selection.anchorOffset);
  }

  /** The first mention on screen after the one whose card is open (or the first). */
  private nextVisibleMention(): PageMention | null {
    const visible = this.scanner.allMentions().filter((m) => {
      const rect = rectsOf(m.range)[0];
      return rect && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    });
    if (visible.length === 0) return null;
    const at = this.openFor ? visible.indexOf(this.openFor) : -1;
    return visible[(at + 1) % visible.length]!;
  }
}

/**
 * Where focus goes when the card closes: back to the name, to the link (or other control)
 * that holds it, or else the caret is put at the name's end, so the next Tab goes on from there.
 */
function returnFocus(mention: PageMention): void {
  const holder = mention.range.startContainer.parentElement?.closest('a[href], button, summary, [tabindex]');
  if (holder instanceof HTMLElement) {
    holder.focus();
    return;
  }
  document.getSelection()?.collapse(mention.range.endContainer, mention.range.endOffset);
  (document.activeElement as HTMLElement | null)?.blur?.();
}

function familyText(mention: PageMention): string {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range.toString();
}

/** A failed request (the background restarting, a malformed answer) means no card. */
function orNull<T>(request: Promise<T>): Promise<T | null> {
  return request.catch(() => null);
}
