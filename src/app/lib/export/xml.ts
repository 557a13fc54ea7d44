/**
 * The XML parser and serializer of the KML and GPX code: @xmldom/xmldom, in the browser and in Node alike.
 * Not the browser's DOMParser: for a malformed file it builds a <parsererror> element with inline styles,
 * which the app's CSP (style-src 'self') reports as a violation; xmldom also says where a file breaks.
 */
import { DOMParser, XMLSerializer, DOMImplementation as XmlDomImplementation } from '@xmldom/xmldom';

export interface XmlTools {
  /** Parse text as XML; throws an XmlError saying what and where when it is not well-formed. */
  parse(text: string): Document;
  serialize(node: Node): string;
  implementation: DOMImplementation;
}

export class XmlError extends Error {}

/** xmldom's "[xmldom error]\tunclosed xml tag\n@#[line:2,col:5]" as "line 2, column 5: unclosed xml tag". */
function describe(message: string): string {
  const at = /@#\[line:(\d+),col:(\d+)\]/.exec(message);
  const what = message
    .replace(/@#\[line:\d+,col:\d+\]/, '')
    .replace(/^\[xmldom \w+\]\s*/, '')
    .trim()
    .split('\n')[0]!
    .slice(0, 200);
  return at ? `line ${at[1]}, column ${at[2]}: ${what}` : what;
}

/**
 * XmlTools from @xmldom/xmldom.
 * @example const doc = xmlTools().parse('<kml/>');
 */
export function xmlTools(): XmlTools {
  return {
    parse(text) {
      let problem = '';
      const parser = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning' && !problem) problem = message;
        },
      });
      let doc: unknown;
      try {
        doc = parser.parseFromString(text, 'application/xml');
      } catch (error) {
        // A fatal error is thrown with its place in `locator`.
        const { message, locator } = error as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
        const where = locator?.lineNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber ?? 0}: ` : '';
        throw new XmlError(`${where}${describe(message)}`);
      }
      if (problem) throw new XmlError(describe(problem));
      return doc as Document;
    },
    serialize: (node) => new XMLSerializer().serializeToString(node as never),
    implementation: new XmlDomImplementation() as unknown as DOMImplementation,
  };
}
