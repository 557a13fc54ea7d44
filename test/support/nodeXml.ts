/** XmlTools for tests in Node, from @xmldom/xmldom (the browser has its own DOMParser and XMLSerializer). */
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { XmlError, type XmlTools } from '../../src/app/lib/export/xml';

/**
 * @example buildKml(collection, nodeXml())
 */
export function nodeXml(): XmlTools {
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
        throw new XmlError((error as Error).message);
      }
      if (problem) throw new XmlError(problem);
      return doc as Document;
    },
    serialize: (node) => new XMLSerializer().serializeToString(node as never),
    implementation: new DOMImplementation() as unknown as XmlTools["implementation"],
  };
}
