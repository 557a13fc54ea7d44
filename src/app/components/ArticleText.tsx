import { memo, useEffect, useMemo, useRef } from 'react';
import type { PlaceFeature } from '../../core/geojson/types';
import { highlightRanges, segmentText } from '../lib/segments';

export interface ArticleTextProps {
  text: string;
  places: readonly PlaceFeature[];
  activePlaceId: string | null;
  onHoverPlace: (id: string | null) => void;
  /** Ranges to highlight (the sentences of a selected route, event or figure); scrolled into view. */
  highlights?: readonly { start: number; end: number }[];
}

const NO_HIGHLIGHTS: readonly { start: number; end: number }[] = [];

/**
 * The article with every place mention highlighted. Text is rendered as React children (never as HTML);
 * hovering a mention reports its place so the map can highlight the marker, and mentions of the active
 * place are highlighted in turn.
 * @example <ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={setActive} />
 */
export const ArticleText = memo(function ArticleText({
  text,
  places,
  activePlaceId,
  onHoverPlace,
  highlights = NO_HIGHLIGHTS,
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
  useEffect(() => {
    if (highlights.length === 0) return;
    const first = container.current?.querySelector('.is-highlighted');
    // scrollIntoView is missing in some test DOMs; the highlight itself is what matters there.
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlights]);
  const names = useMemo(() => new Map(places.map((p) => [p.id, p.properties.name])), [places]);
  if (!text) return <p className="muted">This article has no text.</p>;
  return (
    <div className="article-text" ref={container}>
      {segments.map((s) =>
        s.placeId ? (
          <mark
            key={s.start}
            className={`mention${s.placeId === activePlaceId ? ' is-active' : ''}${s.highlighted ? ' is-highlighted' : ''}`}
            data-place-id={s.placeId}
            title={names.get(s.placeId)}
            onMouseEnter={() => onHoverPlace(s.placeId ?? null)}
            onMouseLeave={() => onHoverPlace(null)}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.start} className={s.highlighted ? 'is-highlighted' : undefined}>
            {s.text}
          </span>
        ),
      )}
    </div>
  );
});
