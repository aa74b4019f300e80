import type { CatalogueModel } from './catalogue';

export interface ModelLink {
  label: string;
  url: string;
}

// Ids become URL paths only when they are plainly ids: nothing that could change the host.
const OPENROUTER_ID = /^[a-z0-9][\w.-]*\/[\w.:-]+$/i;
const REPO_ID = /^[\w.-]+\/[\w.-]+$/;

/** The model's pages on the sites the data came from: https, known hosts, encoded paths. */
export function modelLinks(model: Pick<CatalogueModel, 'ids' | 'name'>): ModelLink[] {
  const links: ModelLink[] = [];
  const openrouterId = model.ids.openrouter.find((id) => !id.startsWith('~') && !id.includes(':') && OPENROUTER_ID.test(id));
  if (openrouterId) links.push({ label: 'OpenRouter', url: `https://openrouter.ai/${openrouterId.split('/').map(encodeURIComponent).join('/')}` });
  if (model.ids.huggingFace && REPO_ID.test(model.ids.huggingFace)) {
    links.push({ label: 'Hugging Face', url: `https://huggingface.co/${model.ids.huggingFace.split('/').map(encodeURIComponent).join('/')}` });
  }
  if (model.ids.modelsDev.length) links.push({ label: 'models.dev', url: `https://models.dev/?search=${encodeURIComponent(model.name)}` });
  return links;
}

export function hubRepoLink(repoId: string): ModelLink | undefined {
  return REPO_ID.test(repoId) ? { label: 'Hugging Face', url: `https://huggingface.co/${repoId.split('/').map(encodeURIComponent).join('/')}` } : undefined;
}
