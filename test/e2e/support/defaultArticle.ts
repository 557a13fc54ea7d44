/** The GeoJSON file the app shows by default (src/app/data/defaultArticle.ts imports the same file). */
export const DEFAULT_ARTICLE_FILE = 'data/seed.geojson';
