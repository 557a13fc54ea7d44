/** XmlTools for tests: the app's own (@xmldom/xmldom, the same in Node and the browser). */
import { type XmlTools, xmlTools } from '../../src/app/lib/export/xml';

/**
 * @example buildKml(collection, nodeXml())
 */
export function nodeXml(): XmlTools {
  return xmlTools();
}
