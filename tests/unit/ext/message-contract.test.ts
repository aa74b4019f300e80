import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForPageRequests } from '@/lib/ext/content/page-requests';
import { askPage } from '@/lib/ext/shared/ask-page';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { sendToBackground } from '@/lib/ext/shared/send';
import { deliver, otherExtensionSender, popupSender, tabSender } from '../hardening/fixtures/senders';

/*
 * The contract in each direction: a request off the allow-list is refused with a reason where it
 * arrives, and an answer not in the contract's shape is refused with a reason where it returns.
 */

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The background's reply, whatever its shape, as the browser would deliver it. */
function answersFromBackground(reply: unknown): void {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => Promise.resolve(reply));
}

/** The page's answer, whatever its shape. */
function answersFromPage(answer: unknown): void {
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(() => Promise.resolve(answer));
}

/** Sends from the popup to the background's real listener and handlers. */
function popupTalksToBackground(): void {
  listenForRequests(backgroundHandlers);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliver(message, popupSender()));
}

describe('pages and content script -> background', () => {
  it('a well-formed request gets its answer through the check', async () => {
    popupTalksToBackground();
    await expect(sendToBackground({ type: 'exportPins' })).resolves.toContain('model-lens-pins');
  });

  it('a malformed request is refused with a reason, and the handlers never see it', async () => {
    popupTalksToBackground();
    const malformed = { type: 'getModel', id: '<img src=x onerror=alert(1)>' } as unknown as Parameters<typeof sendToBackground>[0];
    await expect(sendToBackground(malformed)).rejects.toThrow('unknown request');
  });

  it.each([
    ['an answer of the wrong shape', { ok: true, value: { added: 'three', skipped: 0, leftOut: 0 } }, /answer to importPins was malformed: added: /],
    ['no envelope at all', ['added', 3], /in a form this page does not know/],
    ['a failure without its reason', { ok: false }, /in a form this page does not know/],
  ])('%s is refused with a clear error', async (_case, reply, message) => {
    answersFromBackground(reply);
    await expect(sendToBackground({ type: 'importPins', text: '{}' })).rejects.toThrow(message);
  });

  it('the failure the background reports reaches the caller in its own words', async () => {
    answersFromBackground({ ok: false, error: 'only extension pages may do that' });
    await expect(sendToBackground({ type: 'clearSightings' })).rejects.toThrow('only extension pages may do that');
  });

  it('a model card answer without its model is refused', async () => {
    answersFromBackground({ ok: true, value: { pinned: false, sources: {}, settings: { theme: 'auto' } } });
    await expect(sendToBackground({ type: 'getModel', id: 'openai/gpt-4o' })).rejects.toThrow(/answer to getModel was malformed: model: /);
  });
});

describe('popup and background -> page', () => {
  /** The content script's listener, with handlers that answer as the page would. */
  function pageAnswers(models: unknown = [{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 2 }]) {
    const asked: string[] = [];
    listenForPageRequests({
      getPageModels: async () => {
        asked.push('getPageModels');
        return models as never;
      },
      openCard: async () => {
        asked.push('openCard');
        return true;
      },
      getActivity: async () => {
        asked.push('getActivity');
        return { scans: 1, pointerMoves: 0, focusChanges: 0 };
      },
    });
    return asked;
  }

  it('answers the page models and the keyboard shortcut, well-formed', async () => {
    const asked = pageAnswers();
    expect(await deliver({ target: 'content', type: 'getPageModels' }, popupSender())).toEqual([{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 2 }]);
    expect(await deliver({ target: 'content', type: 'openCard' }, popupSender())).toBe(true);
    expect(asked).toEqual(['getPageModels', 'openCard']);
  });

  it('refuses a malformed request with a reason, and the handlers never see it', async () => {
    const asked = pageAnswers();
    await expect(deliver({ target: 'content', type: 'runScript', code: 'alert(1)' }, popupSender())).rejects.toThrow(/refused a malformed request/);
    await expect(deliver({ target: 'content' }, tabSender(3))).rejects.toThrow(/refused a malformed request/);
    expect(asked).toEqual([]);
  });

  it('ignores requests from another extension and messages meant for the background', async () => {
    const asked = pageAnswers();
    expect(await deliver({ target: 'content', type: 'getPageModels' }, otherExtensionSender())).toBeUndefined();
    expect(await deliver({ type: 'getStatus' }, popupSender())).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('the asking side gets the answer through its check', async () => {
    answersFromPage([{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 2 }]);
    await expect(askPage(5, 'getPageModels')).resolves.toEqual([{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 2 }]);
  });

  it.each([
    ['no answer (an older content script)', undefined],
    ['a count that is text', [{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 'two' }]],
    ['a list of names only', ['GPT-4o']],
    ['an object instead of a list', { models: [] }],
  ])('the asking side refuses %s with a clear error', async (_case, answer) => {
    answersFromPage(answer);
    await expect(askPage(5, 'getPageModels')).rejects.toThrow(/page's answer to getPageModels was malformed/);
  });

  it('a keyboard shortcut answered with anything but true is refused', async () => {
    answersFromPage('opened');
    await expect(askPage(5, 'openCard')).rejects.toThrow(/page's answer to openCard was malformed/);
  });
});
