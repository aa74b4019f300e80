/** A model the content script found on its page, as the popup's page tab lists it. */
export interface PageModel {
  id: string;
  name: string;
  count: number;
}
