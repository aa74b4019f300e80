import { browser } from 'wxt/browser';
import type { Catalogue, CatalogueModel } from '../../catalogue/catalogue';
import type { ModelNeighbours } from '../../compare/model-neighbours';
import type { RefreshStatus } from '../../catalogue/refresh';
import type { HubRelation } from '../../catalogue/hub-lineage';
import type { HubStats } from '../../catalogue/source-model';
import { ModelIdSchema, type PinsData } from '../../pins/pin';
import { PinOperationSchema } from '../../pins/operations';
import { MAX_IMPORT_BYTES } from '../../pins/transfer';
import { SettingsSchema, type Settings } from '../../user-data/settings';
import type { Sighting } from '../../user-data/sightings';
import { z } from '../../zod';
import { errorMessage } from '../../error-message';
import { isForPage } from './page-messages';

const Host = z.string().max(253).regex(/^[a-z0-9.-]+$/i);
const RepoId = z.string().max(200).regex(/^[\w.-]+\/[\w.-]+$/);

/**
 * The one message contract between the extension's parts. Every request is parsed with
 * zod against this allow-list before anything acts on it.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getStatus') }),
  z.object({ type: z.literal('refreshNow') }),
  z.object({ type: z.literal('getSettings') }),
  z.object({ type: z.literal('updateSettings'), patch: SettingsSchema.partial() }),
  z.object({ type: z.literal('getModel'), id: ModelIdSchema }),
  z.object({ type: z.literal('getHubModel'), repoId: RepoId }),
  z.object({ type: z.literal('changePins'), operations: z.array(PinOperationSchema).min(1).max(100) }),
  z.object({ type: z.literal('importPins'), text: z.string().max(MAX_IMPORT_BYTES) }),
  z.object({ type: z.literal('exportPins') }),
  z.object({ type: z.literal('pageMentions'), host: Host, modelIds: z.array(ModelIdSchema).max(2000), distinct: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('hovered'), id: ModelIdSchema }),
  z.object({ type: z.literal('compareWith'), id: ModelIdSchema }),
  z.object({ type: z.literal('openComparison'), ids: z.array(ModelIdSchema).min(1).max(50) }),
  z.object({ type: z.literal('loadCard') }),
  z.object({ type: z.literal('enableSite'), host: Host }),
  z.object({ type: z.literal('disableSite'), host: Host }),
  z.object({ type: z.literal('startInTab'), tabId: z.number().int().min(0) }),
  z.object({ type: z.literal('clearSightings') }),
]);
export type Request = z.output<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface CatalogueSummary {
  origin: 'bundled' | 'live';
  dataAsOf: string;
  builtAt: string;
  modelCount: number;
  sources: string[];
}

export interface StatusResponse {
  catalogue?: CatalogueSummary;
  refresh: RefreshStatus;
}

/** What the card shows about one catalogue model. */
export interface ModelDetails {
  model: CatalogueModel;
  sources: Catalogue['sources'];
  pinned: boolean;
  sighting?: Sighting;
  /** The model waiting in the compare slot, if another one is. */
  comparePending?: { id: string; name: string };
  settings: Pick<Settings, 'theme' | 'volume' | 'recordSightings'>;
  /** The Hub's figures for the model's repo, when they are known (with when they were fetched). */
  hubFigures?: { repoId: string; downloads?: number; likes?: number; fetchedAt: string };
  /** Pick instead (three) and the Match Graph's "often compared with" (three). */
  neighbours?: ModelNeighbours;
}

/** What the card shows about a Hugging Face repo the catalogue does not hold. */
export type HubDetails =
  | {
      ok: true;
      repoId: string;
      stats: HubStats;
      pipelineTag?: string;
      fetchedAt: string;
      /** What the Hub's metadata says the repo derives from. */
      lineage?: HubLineageView;
      /** A quantization of a catalogue model: that model's card, the same weights. */
      sameWeightsAs?: ModelDetails;
      /** Why the record shown is not fresh (offline, paused by a 429, out of budget). */
      staleBecause?: string;
    }
  | { ok: false; repoId: string; error: string };

export interface HubLineageView {
  relation: HubRelation;
  base: string | null;
  /** The catalogue model the lineage leads to. */
  baseModel?: { id: string; name: string };
  note?: string;
}

export interface ResponseMap {
  getStatus: StatusResponse;
  refreshNow: StatusResponse;
  getSettings: Settings;
  updateSettings: Settings;
  getModel: ModelDetails | null;
  getHubModel: HubDetails;
  changePins: PinsData;
  importPins: { added: number; skipped: number; leftOut: number };
  exportPins: string;
  pageMentions: void;
  hovered: void;
  compareWith: { opened: boolean; pending?: { id: string; name: string } };
  openComparison: void;
  loadCard: void;
  enableSite: Settings;
  disableSite: Settings;
  startInTab: void;
  clearSightings: void;
}

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>, sender: Sender) => Promise<ResponseMap[K]>;
};

export interface Sender {
  tabId?: number;
  frameId?: number;
  fromExtensionPage: boolean;
}

/**
 * Changes to user data beyond pinning (settings, imports, sites, clearing history) come
 * only from the extension's own pages. Content scripts run inside web pages: they may read,
 * pin and unpin on a trusted click in the card, and report what a page names.
 */
const EXTENSION_PAGES_ONLY = new Set<RequestType>([
  'updateSettings',
  'importPins',
  'exportPins',
  'enableSite',
  'disableSite',
  'startInTab',
  'clearSightings',
  'refreshNow',
]);

/**
 * Answers requests from this extension's own pages and scripts only; anything else,
 * or anything off the allow-list, is refused.
 */
export function listenForRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Messages meant for content scripts (sent by the popup) are not ours to answer.
    if (isForPage(raw)) return undefined;
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'unknown request' });
    const request = parsed.data;
    const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (EXTENSION_PAGES_ONLY.has(request.type) && !fromExtensionPage) {
      return Promise.resolve({ ok: false, error: 'only extension pages may do that' });
    }
    const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId, fromExtensionPage };
    const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown>;
    return handler(request, from).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: errorMessage(error) }),
    );
  });
}
