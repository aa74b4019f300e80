/** Where the build puts the bundled catalogue inside the extension. */
export const BUNDLED_CATALOGUE_PATH = '/catalogue.json';
