/** Printable ASCII with single inner spaces: what most names are, and what needs no Unicode work. */
function isPlainAscii(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return n === 0;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    const space = c === 32;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return true;
}

/**
 * The one normalisation shared by the data build (gazetteer keys) and the recogniser (text spans), so that
 * "PyeongChang", "Pyeongchang" and "Pyeongchang" meet, and "Russia’s" equals "Russia's".
 *
 * @example normalizeKey('São  Paulo') // → 'sao paulo'
 */
export function normalizeKey(surface: string): string {
  // Fast path for the common case (plain ASCII, single spaces): the gazetteer load normalises ~60k names.
  if (isPlainAscii(surface)) return surface.toLowerCase();
  let s = surface.toLowerCase();
  // Only pay for Unicode decomposition when there is something to decompose.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range test is the point
  if (/[^\u0000-\u007f]/.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/[‐-―]/g, '-');
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** True when the first letter is upper case ("Moscow", "PyeongChang", "D'Iberville"). */
export function isCapitalized(word: string): boolean {
  // ASCII by its code (asked for every word of an article); other letters by their case mappings.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for words written entirely in capitals, such as "DPRK" or "U.S." (at least one letter). */
export function isAllCaps(word: string): boolean {
  // A plain ASCII word is read by its codes; any other letter sends it to the Unicode properties.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** A URL- and id-safe slug: "Washington, D.C." → "washington-d-c". */
export function slugify(name: string): string {
  return (
    normalizeKey(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}
