import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { MentionRef } from '../../core/edits/types';
import type { PlaceFeature } from '../../core/geojson/types';
import { trimSelection } from '../lib/correction';
import { highlightRanges, segmentText } from '../lib/segments';

export interface ArticleTextProps {
  text: string;
  places: readonly PlaceFeature[];
  activePlaceId: string | null;
  onHoverPlace: (id: string | null) => void;
  /** Ranges to highlight (the sentences of a selected route, event or figure); scrolled into view. */
  highlights?: readonly { start: number; end: number }[];
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
 * The article with every place mention highlighted. Text is rendered as React children (never as HTML);
 * hovering a mention reports its place so the map can highlight the marker, and mentions of the active
 * place are highlighted in turn. When editing is on, each mention is a button ("Not this place?") and
 * selecting words offers "Mark as a place".
 * @example <ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={setActive} />
 */
export const ArticleText = memo(function ArticleText({
  text,
  places,
  activePlaceId,
  onHoverPlace,
  highlights = NO_HIGHLIGHTS,
  onCorrectMention,
  onMarkWords,
}: ArticleTextProps) {
  const segments = useMemo(
    () =>
      highlightRanges(
        segmentText(text, places.map((p) => ({ id: p.id, mentions: p.properties.mentions }))),
        highlights,
      ),
    [text, places, highlights],
  );
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<MentionRef | null>(null);
  useEffect(() => {
    if (highlights.length === 0) return;
    const first = container.current?.querySelector('.is-highlighted');
    // scrollIntoView is missing in some test DOMs; the highlight itself is what matters there.
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlights]);
  // Words selected in the article (and only there) can be marked as a place.
  useEffect(() => {
    if (!onMarkWords) return;
    const onSelection = () => {
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
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [onMarkWords, text]);
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  if (!text) return <p className="muted">This article has no text.</p>;
  const mentionAt = (placeId: string, at: number): MentionRef | null => {
    const m = byId.get(placeId)?.properties.mentions.find((x) => x.start <= at && at < x.end);
    return m ? { start: m.start, end: m.end, text: m.text } : null;
  };
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
      <div className="article-text" ref={container}>
        {segments.map((s) => {
          if (!s.placeId) {
            return (
              <span key={s.start} className={s.highlighted ? 'is-highlighted' : undefined}>
                {s.text}
              </span>
            );
          }
          const placeId = s.placeId;
          const name = byId.get(placeId)?.properties.name;
          return (
            <mark
              key={s.start}
              className={`mention${placeId === activePlaceId ? ' is-active' : ''}${s.highlighted ? ' is-highlighted' : ''}`}
              data-place-id={placeId}
              title={name}
              onMouseEnter={() => onHoverPlace(placeId)}
              onMouseLeave={() => onHoverPlace(null)}
            >
              {onCorrectMention ? (
                <button
                  type="button"
                  className="mention-button"
                  aria-label={`${s.text}: ${name ?? ''}. Not this place?`}
                  onFocus={() => onHoverPlace(placeId)}
                  onBlur={() => onHoverPlace(null)}
                  onClick={() => {
                    const m = mentionAt(placeId, s.start);
                    if (m) onCorrectMention(placeId, m);
                  }}
                >
                  {s.text}
                </button>
              ) : (
                s.text
              )}
            </mark>
          );
        })}
      </div>
    </>
  );
});
