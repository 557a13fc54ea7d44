/**
 * Messages to and from the analysis worker as they cross the thread boundary: a collection (an analysis
 * going to the page, or the shown one going to the worker for "Not this place?") travels packed
 * (src/core/geojson/pack.ts), its mentions' offsets in typed arrays handed over without a copy, so a 2 MB
 * article's answer costs the page tens of milliseconds to receive instead of half a second.
 */
import { isPacked, type PackedCollection, packCollection, unpackCollection, unpacking } from '../core/geojson/pack';
import type { AtlasCollection } from '../core/geojson/types';

/** A message as sent: its `collection`, if any, packed into `packed`. */
export type Wire<T> = T extends { collection: AtlasCollection } ? Omit<T, 'collection'> & { packed: PackedCollection } : T;

/**
 * The message to post and the buffers to transfer with it.
 * @example const { message, transfer } = toWire(reply); self.postMessage(message, transfer);
 */
export function toWire<T extends object>(message: T): { message: Wire<T>; transfer: Transferable[] } {
  const collection = (message as { collection?: unknown }).collection;
  if (!collection || typeof collection !== 'object' || !Array.isArray((collection as AtlasCollection).features)) {
    return { message: message as Wire<T>, transfer: [] };
  }
  const { collection: _sent, ...rest } = message as T & { collection: AtlasCollection };
  const packed = packCollection(collection as AtlasCollection);
  return { message: { ...rest, packed } as Wire<T>, transfer: [packed.features.buffer, packed.mentions.buffer] };
}

/**
 * A received message with its collection unpacked (a message without one is returned as it is).
 * @example const reply = fromWire<WorkerReply>(event.data);
 */
export function fromWire<T>(message: unknown): T {
  const packed = (message as { packed?: unknown } | null)?.packed;
  if (!isPacked(packed)) return message as T;
  const { packed: _received, ...rest } = message as { packed: PackedCollection };
  return { ...rest, collection: unpackCollection(packed) } as T;
}

/**
 * fromWire, unpacking a collection in slices with `nextTask` awaited between them, so receiving a long
 * article's analysis on the main thread is several short tasks, not one long one.
 * @example const reply = await fromWireInSlices<WorkerReply>(event.data, () => new Promise((r) => setTimeout(r, 0)));
 */
export async function fromWireInSlices<T>(message: unknown, nextTask: () => Promise<void>): Promise<T> {
  const packed = (message as { packed?: unknown } | null)?.packed;
  if (!isPacked(packed)) return message as T;
  const { packed: _received, ...rest } = message as { packed: PackedCollection };
  const steps = unpacking(packed);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  return { ...rest, collection: step.value } as T;
}
