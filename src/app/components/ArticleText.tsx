import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MentionRef } from '../../core/edits/types';
import type { PlaceFeature } from '../../core/geojson/types';
import { chunkSegments, firstHighlightedChunk, sameSegments } from '../lib/articleChunks';
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
/** A value for a quoted CSS attribute selector. */
const cssString = (value: string): string =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');

/** Chunks rendered at once when an article is shown: a news article (the seed has about 110 runs) fits in one. */
const FIRST_CHUNKS = 1;

interface ChunkProps {
  segments: readonly TextSegment[];
  names: ReadonlyMap<string, string>;
  onHoverPlace: (id: string | null) => void;
  /** Mentions are buttons that ask "Not this place?" (the run's place and offset). */
  onCorrect?: (placeId: string, at: number) => void;
}

/**
 * One chunk of the article, a block of whole lines (see chunkSegments). It does not depend on the active place (that class is set on the marks
 * directly), so hovering re-renders nothing here.
 */
const Chunk = memo(
  function Chunk({ segments, names, onHoverPlace, onCorrect }: ChunkProps) {
    return (
      <div className="article-chunk">
        {segments.map((s) =>
          s.placeId ? (
            <mark
              key={s.start}
              className={`mention${s.highlighted ? ' is-highlighted' : ''}`}
              data-place-id={s.placeId}
              title={names.get(s.placeId)}
              onMouseEnter={() => onHoverPlace(s.placeId ?? null)}
              onMouseLeave={() => onHoverPlace(null)}
            >
              {onCorrect ? (
                <button
                  type="button"
                  className="mention-button"
                  aria-label={`${s.text}: ${names.get(s.placeId) ?? ''}. Not this place?`}
                  onFocus={() => onHoverPlace(s.placeId ?? null)}
                  onBlur={() => onHoverPlace(null)}
                  onClick={() => onCorrect(s.placeId!, s.start)}
                >
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
  (a, b) => a.names === b.names && a.onHoverPlace === b.onHoverPlace && a.onCorrect === b.onCorrect && sameSegments(a.segments, b.segments),
);

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
    () => chunkSegments(text, places.map((p) => ({ id: p.id, mentions: p.properties.mentions })), segmentsPerChunk),
    [text, places, segmentsPerChunk],
  );
  const shownChunks = useMemo(() => chunks.map((c) => highlightRanges(c, highlights)), [chunks, highlights]);
  const [shown, setShown] = useState(FIRST_CHUNKS);
  // A new article starts again from its first chunks.
  const [shownFor, setShownFor] = useState(chunks);
  if (shownFor !== chunks) {
    setShownFor(chunks);
    setShown(FIRST_CHUNKS);
  }
  useEffect(() => {
    if (shown >= shownChunks.length) return;
    // One chunk per frame: each is a short task and the page stays responsive while the rest arrive.
    const next = requestAnimationFrame(() => setShown((n) => n + 1));
    return () => cancelAnimationFrame(next);
  }, [shown, shownChunks.length]);
  // A highlight in a chunk not yet rendered brings that chunk in now.
  const neededChunk = useMemo(() => firstHighlightedChunk(shownChunks), [shownChunks]);
  if (neededChunk >= shown) setShown(neededChunk + 1);

  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlights.length === 0) return;
    const first = container.current?.querySelector('.is-highlighted');
    // scrollIntoView is missing in some test DOMs; the highlight itself is what matters there.
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlights]);
  // The active place's marks: found by attribute and marked directly, so a hover costs as many DOM writes
  // as that place has mentions, not a render of the whole article.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when more chunks are shown, so their marks are marked too
  useEffect(() => {
    const root = container.current;
    if (!root || !activePlaceId) return;
    const marks = root.querySelectorAll(`mark[data-place-id="${cssString(activePlaceId)}"]`);
    for (const m of marks) m.classList.add('is-active');
    return () => {
      for (const m of marks) m.classList.remove('is-active');
    };
  }, [activePlaceId, shown, shownChunks]);
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
    <div className="article-text" ref={container} dir="auto">
      {shownChunks.slice(0, shown).map((segments, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positions in the article, in order
        <Chunk key={i} segments={segments} names={names} onHoverPlace={onHoverPlace} onCorrect={onCorrect} />
      ))}
      {shown < shownChunks.length && (
        <span className="muted article-more" role="status">
          {' '}
          … loading the rest of the article
        </span>
      )}
    </div>
    </>
  );
});
