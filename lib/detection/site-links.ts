import { modelForRepo } from '../catalogue/hub-repos';

/**
 * On openrouter.ai and huggingface.co a link names its model exactly: `/anthropic/claude-sonnet-4`,
 * `/meta-llama/Llama-3.1-8B-Instruct`. These resolve by id, not by reading the link text.
 */
/** A link to a Hub repo carries its repo id (`repoId`), to find where the text names it. */
export type LinkTarget = { kind: 'model'; target: number; repoId?: string } | { kind: 'hub'; repoId: string };

const OPENROUTER_RESERVED = new Set(['docs', 'api', 'chat', 'models', 'settings', 'rankings', 'apps', 'enterprise', 'pricing', 'announcements', 'works-with-openrouter', 'privacy', 'terms', 'about', 'careers', 'sign-in', 'sign-up', 'keys', 'activity', 'credits', 'provider', 'providers', 'labs']);
const HUB_RESERVED = new Set(['docs', 'api', 'models', 'datasets', 'spaces', 'blog', 'posts', 'papers', 'organizations', 'settings', 'pricing', 'enterprise', 'learn', 'join', 'login', 'collections', 'chat', 'tasks', 'new', 'notifications', 'inference-endpoints']);

/** The model a link on a known site points to, if it points to one. */
export function resolveSiteLink(
  hostname: string,
  href: string,
  exactIds: ReadonlyMap<string, number>,
): LinkTarget | null {
  let url: URL;
  try {
    url = new URL(href, `https://${hostname}/`);
  } catch {
    return null;
  }
  if (url.hostname !== hostname) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponentSafe);
  if (parts.length !== 2) return null;
  const [owner, name] = parts as [string, string];
  if (hostname === 'openrouter.ai' || hostname.endsWith('.openrouter.ai')) {
    if (OPENROUTER_RESERVED.has(owner)) return null;
    const target = exactIds.get(`${owner}/${name}`);
    return target === undefined ? null : { kind: 'model', target };
  }
  if (hostname === 'huggingface.co' || hostname.endsWith('.huggingface.co')) {
    if (HUB_RESERVED.has(owner) || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(name)) return null;
    const repoId = `${owner}/${name}`;
    const target = modelForRepo(exactIds, repoId);
    return target === undefined ? { kind: 'hub', repoId } : { kind: 'model', target, repoId };
  }
  return null;
}

/**
 * Where a link's text names its repo: "org/name", else "name" (a model page's header links the
 * name alone). A Hub listing links its whole card, task, size and dates included: only the
 * repo's name is the mention, and text that does not name it is no mention at all.
 */
export function repoNameSpan(text: string, repoId: string): { start: number; end: number } | null {
  const lower = text.toLowerCase();
  for (const form of [repoId.toLowerCase(), repoId.slice(repoId.indexOf('/') + 1).toLowerCase()]) {
    let at = lower.indexOf(form);
    while (at >= 0) {
      const end = at + form.length;
      // The whole name, not a piece of a longer one ("Llama-3-8B" inside "Llama-3-8B-Instruct").
      if (!/[\w./-]/.test(lower[at - 1] ?? ' ') && !/[\w/-]/.test(lower[end] ?? ' ') && !/\.\w/.test(lower.slice(end, end + 2))) return { start: at, end };
      at = lower.indexOf(form, at + 1);
    }
  }
  return null;
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
