/** Worker messages across the thread boundary: collections packed on the way, given back whole. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { createHandler } from '../../src/worker/handler';
import type { CandidatesRequest, WorkerReply } from '../../src/worker/protocol';
import { fromWire, fromWireInSlices, toWire } from '../../src/worker/wire';

const root = join(import.meta.dirname, '../..');
const gazetteer = Gazetteer.fromBytes(readFileSync(join(root, 'data/gazetteer.bin')));
const handle = createHandler(async () => ({ gazetteer }));

/** What the other thread receives from postMessage(message, transfer). */
const post = <T>(sent: { message: T; transfer: Transferable[] }): unknown => structuredClone(sent.message, { transfer: sent.transfer });

describe('toWire / fromWire', () => {
  it('sends an analysis packed, its offsets handed over without a copy, and the page reads it back whole', async () => {
    const reply = await handle({ type: 'analyze', id: 4, text: 'Ministers flew from Moscow to Pyongyang on Monday. Moscow said so.' });
    if (reply.type !== 'result') throw new Error(reply.error);
    const sent = toWire(reply);
    expect(sent.message).not.toHaveProperty('collection');
    expect(sent.message).toHaveProperty('packed');
    expect(sent.transfer).toHaveLength(2);
    const received = fromWire<WorkerReply>(post(sent));
    expect(received).toEqual(reply);
    // Handed over: the sender's buffers are detached, not copied.
    expect(sent.transfer.every((b) => (b as ArrayBuffer).byteLength === 0)).toBe(true);
  });

  it('sends the shown collection to the worker packed, for the candidates of a place', async () => {
    const analysed = await handle({ type: 'analyze', id: 1, text: 'Talks were held in Paris on Monday.' });
    if (analysed.type !== 'result') throw new Error(analysed.error);
    const request: CandidatesRequest = { type: 'candidates', id: 2, placeId: 'place:paris', collection: analysed.collection };
    const received = fromWire<CandidatesRequest>(post(toWire(request)));
    expect(received).toEqual(request);
    const reply = await handle(received);
    expect(reply.type).toBe('candidates-result');
  });

  it('leaves out the article text the other side sent, and only that text', async () => {
    const text = 'Ministers flew from Moscow to Pyongyang on Monday.';
    const reply = await handle({ type: 'analyze', id: 6, text });
    if (reply.type !== 'result') throw new Error(reply.error);
    const lean = post(toWire(reply, text)) as { packed: { collection: { article: object } }; textKnown?: boolean };
    expect(lean.textKnown).toBe(true);
    expect(lean.packed.collection.article).not.toHaveProperty('text');
    expect(fromWire(lean, text)).toEqual(reply);
    // Without the text it was sent, the page cannot rebuild the answer: an error, not an article without text.
    expect(() => fromWire(lean)).toThrow(/left out the article text/);
    // Another text: sent in full.
    const full = post(toWire(reply, 'something else')) as { packed: { collection: { article: { text?: string } } }; textKnown?: boolean };
    expect(full.textKnown).toBeUndefined();
    expect(full.packed.collection.article.text).toBe(text);
    expect(fromWire(full)).toEqual(reply);
  });

  it('passes messages without a collection as they are', () => {
    const search = { type: 'search' as const, id: 3, query: 'Par' };
    expect(toWire(search)).toEqual({ message: search, transfer: [] });
    expect(fromWire(search)).toBe(search);
    const error = { type: 'error', id: 5, error: 'Could not analyse the article: boom' };
    expect(fromWire(post(toWire(error)))).toEqual(error);
  });
});

describe('fromWireInSlices', () => {
  it('gives the same reply as fromWire, letting other tasks run between slices', async () => {
    const text = 'Ministers flew from Moscow to Pyongyang on Monday. Moscow said so. '.repeat(2_000);
    const reply = await handle({ type: 'analyze', id: 9, text });
    if (reply.type !== 'result') throw new Error(reply.error);
    const message = post(toWire(reply));
    let between = 0;
    const received = await fromWireInSlices<WorkerReply>(message, async () => {
      between++;
    });
    expect(received).toEqual(reply);
    expect(between).toBeGreaterThan(0);
    // Without the text, when the page sent it.
    const lean = post(toWire(reply, text));
    expect((lean as { packed: { collection: { article: object } } }).packed.collection.article).not.toHaveProperty('text');
    expect(await fromWireInSlices<WorkerReply>(lean, async () => {}, text)).toEqual(reply);
    expect(await fromWireInSlices({ type: 'search', id: 1, query: 'x' }, async () => {})).toEqual({ type: 'search', id: 1, query: 'x' });
  });
});
