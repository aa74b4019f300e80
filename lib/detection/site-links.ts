import { modelForRepo } from '../catalogue/hub-repos';

/**
 * On openrouter.ai and huggingface.co a link names its model exactly: `/anthropic/claude-sonnet-4`,
 * `/meta-llama/Llama-3.1-8B-Instruct`. These resolve by id, not by reading the link text.
 */
export type LinkTarget = { kind: 'model'; target: number } | { kind: 'hub'; repoId: string };

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
    return target === undefined ? { kind: 'hub', repoId } : { kind: 'model', target };
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
