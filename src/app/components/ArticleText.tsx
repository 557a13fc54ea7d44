import { type MouseEvent, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MentionRef } from '../../core/edits/types';
import type { PlaceFeature } from '../../core/geojson/types';
import { ArticleChunks, sameSegments } from '../lib/articleChunks';
import { trimSelection } from '../lib/correction';
import { highlightRanges, type TextSegment } from '../lib/segments';

export interface ArticleTextProps {
  text: string;
  places: readonly PlaceFeature[];
  activePlaceId: string | null;
  onHoverPlace: (id: string | null) => void;
  /** Ranges to highlight (the sentences of a selected route, event or figure); scrolled into view. */
  highlights?: readonly { start: number; end: number }[];
  /** Runs per rendered chunk (tests use small chunks to see the chunking on a short text). */
  segmentsPerChunk?: number;
  /** Clicking a mention asks "Not this place?" for it (mentions are buttons when this is given). */
  onCorrectMention?: (placeId: string, mention: MentionRef) => void;
  /** Words the person selected, to be marked as a place ("Mark as a place" appears when given). */
  onMarkWords?: (words: MentionRef) => void;
}

const NO_HIGHLIGHTS: readonly { start: number; end: number }[] = [];

/** Article offset of a DOM position inside the article: the length of the text before it. */
function articleOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * Runs (mentions and the text between them) per rendered chunk: about 800 DOM nodes, a few ms to insert,
 * so a 2 MB article (35,000 mentions) is added a chunk per frame without one long task.
 */
export const SEGMENTS_PER_CHUNK = 400;
/** Chunks rendered at once when an article is shown: a news article (the seed has about 110 runs) fits in one. */
const FIRST_CHUNKS = 1;

interface ChunkProps {
  index: number;
  segments: readonly TextSegment[];
  names: ReadonlyMap<string, string>;
  /** Mentions are buttons that ask "Not this place?". */
  buttons: boolean;
  /** Called with the chunk's element once it is in the page (and with null when it leaves), so its marks can be found by place. */
  register: (index: number, root: HTMLElement | null) => void;
}

/**
 * One chunk of the article, a block of whole lines (see ArticleChunks). It holds no handlers (the article
 * listens once for all its mentions) and does not depend on the active place (that class is set on the
 * marks directly), so hovering re-renders nothing here.
 */
const Chunk = memo(
  function Chunk({ index, segments, names, buttons, register }: ChunkProps) {
    const root = useRef<HTMLDivElement>(null);
    // biome-ignore lint/correctness/useExhaustiveDependencies: new runs are new marks, to be found again
    useLayoutEffect(() => {
      register(index, root.current);
      return () => register(index, null);
    }, [index, segments, register]);
    return (
      <div className="article-chunk" ref={root}>
        {segments.map((s) =>
          s.placeId ? (
            <mark key={s.start} className={`mention${s.highlighted ? ' is-highlighted' : ''}`} data-place-id={s.placeId} title={names.get(s.placeId)}>
              {buttons ? (
                <button type="button" className="mention-button" data-at={s.start} aria-label={`${s.text}: ${names.get(s.placeId) ?? ''}. Not this place?`}>
                  {s.text}
                </button>
              ) : (
                s.text
              )}
            </mark>
          ) : (
            <span key={s.start} className={s.highlighted ? 'is-highlighted' : undefined}>
              {s.text}
            </span>
          ),
        )}
      </div>
    );
  },
  (a, b) =>
    a.index === b.index && a.names === b.names && a.buttons === b.buttons && a.register === b.register && sameSegments(a.segments, b.segments),
);

/** The mention (its <mark>) that holds a node of the article, if any. */
function markOf(root: HTMLElement | null, node: EventTarget | null): HTMLElement | null {
  if (!root || !(node instanceof Element || node instanceof Text)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const mark = element?.closest<HTMLElement>('mark[data-place-id]') ?? null;
  return mark && root.contains(mark) ? mark : null;
}

/**
 * The article with every place mention highlighted. Text is rendered as React children (never as HTML),
 * isolated from the page's direction (`dir="auto"`); hovering a mention reports its place so the map can
 * highlight the marker, and mentions of the active place are highlighted in turn. A long article is
 * rendered a chunk per frame so the page never freezes. When editing is on, each mention is a button ("Not
 * this place?") and selecting words offers "Mark as a place".
 * @example <ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={setActive} />
 */
export const ArticleText = memo(function ArticleText({
  text,
  places,
  activePlaceId,
  onHoverPlace,
  highlights = NO_HIGHLIGHTS,
  segmentsPerChunk = SEGMENTS_PER_CHUNK,
  onCorrectMention,
  onMarkWords,
}: ArticleTextProps) {
  const chunks = useMemo(
    () => new ArticleChunks(text, places.map((p) => ({ id: p.id, mentions: p.properties.mentions })), segmentsPerChunk),
    [text, places, segmentsPerChunk],
  );
  // A chunk's runs with the highlighted sentences marked, made when the chunk is first shown and kept until
  // the highlights change (a chunk whose runs come out the same is not rendered again: see sameSegments).
  const shownRuns = useMemo(() => {
    const made = new Map<number, TextSegment[]>();
    return (i: number) => {
      let runs = made.get(i);
      if (!runs) {
        runs = highlights.length ? highlightRanges(chunks.runs(i), highlights) : chunks.runs(i);
        made.set(i, runs);
      }
      return runs;
    };
  }, [chunks, highlights]);
  const [shown, setShown] = useState(FIRST_CHUNKS);
  // A new article starts again from its first chunks.
  const [shownFor, setShownFor] = useState(chunks);
  if (shownFor !== chunks) {
    setShownFor(chunks);
    setShown(FIRST_CHUNKS);
  }
  useEffect(() => {
    if (shown >= chunks.length) return;
    // One chunk per frame: each is a short task and the page stays responsive while the rest arrive.
    const next = requestAnimationFrame(() => setShown((n) => n + 1));
    return () => cancelAnimationFrame(next);
  }, [shown, chunks]);
  // A highlight in a chunk not yet rendered brings that chunk in now.
  const neededChunk = useMemo(() => chunks.firstWith(highlights), [chunks, highlights]);
  if (neededChunk >= shown) setShown(neededChunk + 1);

  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlights.length === 0) return;
    const first = container.current?.querySelector('.is-highlighted');
    // scrollIntoView is missing in some test DOMs; the highlight itself is what matters there.
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlights]);
  // The marks of each place, chunk by chunk, found once when a chunk is added: a hover then writes the class
  // on that place's marks only (as many DOM writes as it has mentions), with no render and no search of
  // the whole article.
  const marksByChunk = useRef(new Map<number, Map<string, HTMLElement[]>>());
  const activeRef = useRef<string | null>(null);
  const register = useCallback((index: number, root: HTMLElement | null) => {
    if (!root) {
      marksByChunk.current.delete(index);
      return;
    }
    const byPlace = new Map<string, HTMLElement[]>();
    for (const mark of root.getElementsByTagName('mark')) {
      const id = mark.getAttribute('data-place-id');
      if (!id) continue;
      const marks = byPlace.get(id);
      if (marks) marks.push(mark);
      else byPlace.set(id, [mark]);
    }
    marksByChunk.current.set(index, byPlace);
    const active = activeRef.current;
    if (active) for (const mark of byPlace.get(active) ?? []) mark.classList.add('is-active');
  }, []);
  useLayoutEffect(() => {
    const mark = (id: string | null, on: boolean) => {
      if (!id) return;
      for (const byPlace of marksByChunk.current.values()) for (const m of byPlace.get(id) ?? []) m.classList.toggle('is-active', on);
    };
    if (activeRef.current === activePlaceId) return;
    mark(activeRef.current, false);
    activeRef.current = activePlaceId;
    mark(activePlaceId, true);
  }, [activePlaceId]);
  const names = useMemo(() => new Map(places.map((p) => [p.id, p.properties.name])), [places]);
  // A mention's button: the place's mention that holds the run (a highlight may have split the mention).
  const onCorrect = useMemo(() => {
    if (!onCorrectMention) return undefined;
    const byId = new Map(places.map((p) => [p.id, p]));
    return (placeId: string, at: number) => {
      const m = byId.get(placeId)?.properties.mentions.find((x) => x.start <= at && at < x.end);
      if (m) onCorrectMention(placeId, { start: m.start, end: m.end, text: m.text });
    };
  }, [places, onCorrectMention]);
  // One listener for all the mentions (a 2 MB article has tens of thousands): the mention under the pointer
  // or holding the focus is found from the event's target.
  const hovered = useRef<HTMLElement | null>(null);
  const hoverAt = useCallback(
    (node: EventTarget | null) => {
      const mark = markOf(container.current, node);
      if (mark === hovered.current) return;
      hovered.current = mark;
      onHoverPlace(mark?.getAttribute('data-place-id') ?? null);
    },
    [onHoverPlace],
  );
  const onClick = useCallback(
    (event: MouseEvent) => {
      const button = (event.target as Element).closest?.('button.mention-button');
      const placeId = markOf(container.current, button ?? null)?.getAttribute('data-place-id');
      if (button && placeId && onCorrect) onCorrect(placeId, Number(button.getAttribute('data-at')));
    },
    [onCorrect],
  );
  // Words selected in the article (and only there) can be marked as a place.
  const [selected, setSelected] = useState<MentionRef | null>(null);
  const readSelection = useCallback(() => {
    const root = container.current;
    const sel = document.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      setSelected(null);
      return;
    }
    const range = sel.getRangeAt(0);
    const start = articleOffset(root, range.startContainer, range.startOffset);
    const end = articleOffset(root, range.endContainer, range.endOffset);
    setSelected(start === null || end === null ? null : trimSelection(text, start, end));
  }, [text]);
  useEffect(() => {
    if (!onMarkWords) return;
    document.addEventListener('selectionchange', readSelection);
    return () => document.removeEventListener('selectionchange', readSelection);
  }, [onMarkWords, readSelection]);
  if (!text) return <p className="muted">This article has no text.</p>;
  return (
    <>
      {onMarkWords && (
        <div className="selection-bar" aria-live="polite">
          {selected ? (
            <button
              type="button"
              // Keep the selection: a mousedown elsewhere would clear it before the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                onMarkWords(selected);
                setSelected(null);
              }}
            >
              Mark “{selected.text}” as a place
            </button>
          ) : (
            <span className="muted">Select words in the article to mark a place the map missed; press a mention to correct it.</span>
          )}
        </div>
      )}
    {/* biome-ignore lint/a11y/noStaticElementInteractions: the handlers serve the mentions inside, delegated to one listener */}
    {/* biome-ignore lint/a11y/useKeyWithClickEvents: the clicks are those of the mention buttons inside, which Enter and Space also fire */}
    <div
      className="article-text"
      ref={container}
      dir="auto"
      onMouseOver={(e) => hoverAt(e.target)}
      onMouseOut={(e) => hoverAt(e.relatedTarget)}
      onFocus={(e) => hoverAt(e.target)}
      onBlur={(e) => hoverAt(e.relatedTarget)}
      onClick={onCorrect ? onClick : undefined}
    >
      {Array.from({ length: Math.min(shown, chunks.length) }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positions in the article, in order
        <Chunk key={i} index={i} segments={shownRuns(i)} names={names} buttons={!!onCorrect} register={register} />
      ))}
      {shown < chunks.length && (
        <span className="muted article-more" role="status">
          {' '}
          … loading the rest of the article
        </span>
      )}
    </div>
    </>
  );
});
