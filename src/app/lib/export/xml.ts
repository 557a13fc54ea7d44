/**
 * The XML parser and serializer the KML and GPX code uses: the browser's own, or @xmldom/xmldom where
 * there is none (Node: the tests and the command line). Both follow the W3C DOM, so the code is the same.
 */

export interface XmlTools {
  /** Parse text as XML; throws an XmlError with the parser's message (which says where) when it is not well-formed. */
  parse(text: string): Document;
  serialize(node: Node): string;
  implementation: DOMImplementation;
}

export class XmlError extends Error {}

/**
 * The browser's DOMParser/XMLSerializer as XmlTools. DOMParser never runs scripts or loads images of
 * what it parses.
 * @example const doc = browserXml().parse('<kml/>');
 */
export function browserXml(): XmlTools {
  return {
    parse(text) {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) throw new XmlError(parserMessage(error.textContent ?? ''));
      return doc;
    },
    serialize: (node) => new XMLSerializer().serializeToString(node),
    implementation: document.implementation,
  };
}

/** Chromium: "This page contains the following errors:error on line 3 at column 7: …Below is a rendering…". */
function parserMessage(raw: string): string {
  const m = /(error on line \d+ at column \d+:[^\n]*)/i.exec(raw) ?? /(line \d+[^\n]*)/i.exec(raw);
  return (m?.[1] ?? raw.split('\n').find((l) => l.trim()) ?? 'malformed XML').replace(/Below is a rendering.*$/i, '').trim();
}
