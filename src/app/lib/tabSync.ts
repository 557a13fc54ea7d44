/**
 * Tabs of the app tell each other when they saved or deleted an article (BroadcastChannel), so a second tab
 * showing the same article takes up the new edits at once. The revision check in articleStore is what makes
 * an overwrite impossible; these messages only keep the other tabs current. Browsers without
 * BroadcastChannel get a channel that sends nothing.
 */

export type TabMessage =
  | { type: 'saved'; id: string; revision: number }
  | { type: 'deleted'; id: string }
  | { type: 'renamed'; id: string }
  /** The corrections memory changed (id is ''). */
  | { type: 'corrections'; id: string };

export interface TabChannel {
  post: (message: TabMessage) => void;
  close: () => void;
}

const CHANNEL = 'news-atlas-articles';

/**
 * Open the channel; `onMessage` hears the other tabs (never this one).
 * @example const channel = openTabChannel((m) => m.type === 'saved' && reload(m.id)); channel.post({ type: 'deleted', id });
 */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const m = event.data;
    if (m && typeof m === 'object' && typeof m.id === 'string') onMessage(m);
  };
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (the page is going away): the revision check still guards the data.
      }
    },
    close: () => channel.close(),
  };
}
