/**
 * Messages to and from the analysis worker as they cross the thread boundary: a collection (an analysis
 * going to the page, or the shown one going to the worker for "Not this place?") travels packed
 * (src/core/geojson/pack.ts), its mentions' offsets in typed arrays handed over without a copy, so a 2 MB
 * article's answer costs the page tens of milliseconds to receive instead of half a second. The answer to
 * an analysis leaves out the article's text, which the page sent and still has (a 2 MB text is 4 MB to copy).
 */
import { isPacked, type PackedCollection, packCollection, unpackCollection, unpacking } from '../core/geojson/pack';
import type { AtlasCollection } from '../core/geojson/types';

/** A message as sent: its `collection`, if any, packed into `packed`; `textKnown` when its article's text was left out. */
export type Wire<T> = T extends { collection: AtlasCollection }
  ? Omit<T, 'collection'> & { packed: PackedCollection; textKnown?: true }
  : T;

/**
 * The message to post and the buffers to transfer with it. `knownText`: the text the other side sent (an
 * analysis request's); a collection over that very text travels without it.
 * @example const { message, transfer } = toWire(reply, request.text); self.postMessage(message, transfer);
 */
export function toWire<T extends object>(message: T, knownText?: string): { message: Wire<T>; transfer: Transferable[] } {
  const collection = (message as { collection?: unknown }).collection;
  if (!collection || typeof collection !== 'object' || !Array.isArray((collection as AtlasCollection).features)) {
    return { message: message as Wire<T>, transfer: [] };
  }
  const { collection: _sent, ...rest } = message as T & { collection: AtlasCollection };
  const packed = packCollection(collection as AtlasCollection);
  const transfer = [packed.features.buffer, packed.mentions.buffer];
  const article = packed.collection.article;
  if (knownText === undefined || article?.text !== knownText) return { message: { ...rest, packed } as Wire<T>, transfer };
  const { text: _known, ...withoutText } = article;
  const lean = { ...packed, collection: { ...packed.collection, article: withoutText } } as PackedCollection;
  return { message: { ...rest, packed: lean, textKnown: true } as Wire<T>, transfer };
}

/** The packed collection of a received message, with its article's text put back when it was left out. */
function receivedPacked(message: unknown, knownText: string | undefined): PackedCollection | null {
  const m = message as { packed?: unknown; textKnown?: unknown } | null;
  if (!isPacked(m?.packed)) return null;
  if (m.textKnown !== true) return m.packed;
  if (typeof knownText !== 'string') throw new Error('the answer left out the article text, and none was sent');
  return { ...m.packed, collection: { ...m.packed.collection, article: { ...m.packed.collection.article, text: knownText } } };
}

/**
 * A received message with its collection unpacked (a message without one is returned as it is).
 * `knownText`: the text this side sent, for an answer that left it out.
 * @example const reply = fromWire<WorkerReply>(event.data, request.text);
 */
export function fromWire<T>(message: unknown, knownText?: string): T {
  const packed = receivedPacked(message, knownText);
  if (!packed) return message as T;
  const { packed: _received, textKnown: _known, ...rest } = message as { packed: PackedCollection; textKnown?: true };
  return { ...rest, collection: unpackCollection(packed) } as T;
}

/**
 * fromWire, unpacking a collection in slices with `nextTask` awaited between them, so receiving a long
 * article's analysis on the main thread is several short tasks, not one long one.
 * @example const reply = await fromWireInSlices<WorkerReply>(event.data, () => new Promise((r) => setTimeout(r, 0)), request.text);
 */
export async function fromWireInSlices<T>(message: unknown, nextTask: () => Promise<void>, knownText?: string): Promise<T> {
  const packed = receivedPacked(message, knownText);
  if (!packed) return message as T;
  const { packed: _received, textKnown: _known, ...rest } = message as { packed: PackedCollection; textKnown?: true };
  const steps = unpacking(packed);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  return { ...rest, collection: step.value } as T;
}
