import { memo, useMemo } from 'react';
import type { PlaceFeature } from '../../core/geojson/types';
import { segmentText } from '../lib/segments';

export interface ArticleTextProps {
  text: string;
  places: readonly PlaceFeature[];
  activePlaceId: string | null;
  onHoverPlace: (id: string | null) => void;
}

/**
 * The article with every place mention highlighted. Text is rendered as React children (never as HTML);
 * hovering a mention reports its place so the map can highlight the marker, and mentions of the active
 * place are highlighted in turn.
 * @example <ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={setActive} />
 */
export const ArticleText = memo(function ArticleText({ text, places, activePlaceId, onHoverPlace }: ArticleTextProps) {
  const segments = useMemo(
    () => segmentText(text, places.map((p) => ({ id: p.id, mentions: p.properties.mentions }))),
    [text, places],
  );
  const names = useMemo(() => new Map(places.map((p) => [p.id, p.properties.name])), [places]);
  if (!text) return <p className="muted">This article has no text.</p>;
  return (
    <div className="article-text">
      {segments.map((s) =>
        s.placeId ? (
          <mark
            key={s.start}
            className={`mention${s.placeId === activePlaceId ? ' is-active' : ''}`}
            data-place-id={s.placeId}
            title={names.get(s.placeId)}
            onMouseEnter={() => onHoverPlace(s.placeId ?? null)}
            onMouseLeave={() => onHoverPlace(null)}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
});
