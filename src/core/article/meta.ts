/**
 * Reads an article's metadata from the plain-text layout news-atlas seeds use — a headline line, a "By …"
 * line, an optional JSON array of tags — and dates it from the text when no date is given: the latest full
 * date it states ("April 10, 2018" in a photo caption).
 */
import { MONTH_NAMES } from '../text/calendar';
import type { ArticleMeta } from '../types';

const FULL_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b/g;

/** Latest "Month D, YYYY" in the text as an ISO date, or undefined. */
export function latestStatedDate(text: string): string | undefined {
  let best: string | undefined;
  for (const m of text.matchAll(FULL_DATE)) {
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!best || iso > best) best = iso;
  }
  return best;
}

function hash(text: string): string {
  // FNV-1a, 32 bits: a short stable id for articles that come without one.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * @example
 * parseArticleMeta('Lavrov to visit DPRK\nBy Julia Lyubova\n["china"]\n...').byline // → 'Julia Lyubova'
 */
export function parseArticleMeta(text: string, id?: string): ArticleMeta {
  const lines = text.split(/\r?\n/, 4).map((l) => l.trim());
  const title = (lines.find((l) => l.length > 0) ?? '').slice(0, 300);
  const meta: ArticleMeta = { id: id ?? `article-${hash(text)}`, title: title || 'Untitled article' };
  for (const line of lines.slice(1, 4)) {
    const by = /^By\s+(.{2,120})$/.exec(line);
    if (by && !meta.byline) meta.byline = by[1]!.trim();
    if (line.startsWith('[') && line.endsWith(']') && !meta.tags) {
      try {
        const tags = JSON.parse(line);
        if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) meta.tags = tags;
      } catch {
        // not a tag line
      }
    }
  }
  const published = latestStatedDate(text);
  if (published) meta.published = published;
  return meta;
}
