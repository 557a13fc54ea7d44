import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { enrichCandidates, searchContextOf } from '../../core/edits/candidates';
import { type EditDraft, placeRefOf } from '../../core/edits/refs';
import { DECIDED_BY_CORRECTIONS, type PlaceChoice } from '../../core/edits/types';
import type { SearchContext } from '../../core/gazetteer/search';
import type { AtlasCollection, PlaceFeature } from '../../core/geojson/types';
import type { Result } from '../../core/types';
import { type CorrectionTarget, findWords } from '../lib/correction';
import { type ChoiceView, candidateView, isCurrentChoice, viewKey } from '../lib/placeChoices';
import { MovePlaceForm } from './MovePlaceForm';
import { PlaceChoiceLabel } from './PlaceChoiceLabel';
import { PlaceSearch } from './PlaceSearch';

export interface CorrectPlacePanelProps {
  target: CorrectionTarget;
  /** The collection on the map (the analysis with the edits so far). */
  collection: AtlasCollection;
  /** Search the gazetteer (in the worker), ranked by the article's context. */
  search: (query: string, context: SearchContext) => Promise<Result<ChoiceView[]>>;
  /** The place's candidates with division and country names (in the worker, where the gazetteer is). */
  candidates?: (collection: AtlasCollection, placeId: string) => Promise<Result<ChoiceView[]>>;
  /** Apply an edit; `remember` asks to keep the choice in the corrections memory. */
  onEdit: (edit: EditDraft, remember: boolean) => void;
  onClose: () => void;
}

/**
 * "Not this place?": the resolver's candidates for a place (name, division and country, population, how far
 * from the article's other places) and a gazetteer search; choosing one moves every mention, or only the
 * one the person came from; or keeps the place and moves it to typed coordinates (the keyboard's drag). The same panel removes a place or one mention, adds a place for words selected in
 * the article (the search pre-filled with them), and names a pin dropped on the map.
 * @example <CorrectPlacePanel target={{ kind: 'place', placeId: 'place:paris' }} collection={shown} search={search} … />
 */
export function CorrectPlacePanel({ target, collection, search, candidates, onEdit, onClose }: CorrectPlacePanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [onlyMention, setOnlyMention] = useState(false);
  const [remember, setRemember] = useState(false);
  const [sameWords, setSameWords] = useState(true);
  const [pinName, setPinName] = useState('');
  const [pinError, setPinError] = useState('');
  const articleText = collection.article.text ?? '';

  const placeId = target.kind === 'place' ? target.placeId : undefined;
  const place = useMemo(
    () => (placeId ? (collection.features.find((f) => f.id === placeId && f.properties.kind === 'place') as PlaceFeature | undefined) : undefined),
    [collection, placeId],
  );
  const mention = target.kind === 'place' ? target.mention : target.kind === 'add' ? target.mention : undefined;
  // Candidates at once with their distances (main thread); with division and country names when the worker answers.
  const local = useMemo(() => (place ? enrichCandidates(place, collection).map(candidateView) : []), [place, collection]);
  const [named, setNamed] = useState<{ placeId: string; views: ChoiceView[] } | null>(null);
  useEffect(() => {
    if (!place || !candidates || place.properties.candidates.length === 0) return;
    let live = true;
    void candidates(collection, place.id).then((r) => {
      if (live && r.ok) setNamed({ placeId: place.id, views: r.value });
    });
    return () => {
      live = false;
    };
  }, [place, collection, candidates]);
  const views = (named && named.placeId === place?.id ? named.views : local).filter((v) => !place || !isCurrentChoice(place, v.choice));
  const context = useMemo(() => searchContextOf(collection, place?.id), [collection, place]);
  const searchHere = useCallback((q: string) => search(q, context), [search, context]);

  // Focus moves to the panel when it opens (or turns to another place), so keyboard users land in it.
  const targetKey = JSON.stringify(target);
  useEffect(() => {
    if (targetKey) heading.current?.focus();
  }, [targetKey]);

  const choose = (choice: PlaceChoice) => {
    if (target.kind === 'add') {
      onEdit({ kind: 'add-place', mention: target.mention, choice, sameWords }, remember);
    } else if (target.kind === 'place' && place) {
      if (onlyMention && target.mention) onEdit({ kind: 'choose-mention', mention: target.mention, choice }, remember);
      else onEdit({ kind: 'choose-place', place: placeRefOf(place, target.mention), choice }, remember);
    }
  };

  const searchBox = (initialQuery: string) => (
    <PlaceSearch<ChoiceView>
      search={searchHere}
      renderHit={(v) => <PlaceChoiceLabel view={v} />}
      hitKey={viewKey}
      onChoose={(v) => choose(v.choice)}
      initialQuery={initialQuery}
      label="Search every place the gazetteer knows"
    />
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };

  let title: string;
  let body: React.ReactNode;
  if (target.kind === 'place') {
    title = place ? `Not this place? “${mention?.text ?? place.properties.name}”` : 'This place is no longer on the map';
    const p = place?.properties;
    body = place && p && (
      <>
        <p className="correction-current">
          Now on the map:{' '}
          <PlaceChoiceLabel
            view={{
              choice: {
                type: 'gazetteer',
                ref: p.gazetteer,
                name: p.name,
                lon: place.geometry.coordinates[0]!,
                lat: place.geometry.coordinates[1]!,
                placeType: p.placeType,
                countryCode: p.countryCode,
                ...(p.population ? { population: p.population } : {}),
              },
            }}
            fromCorrections={p.decidedBy === DECIDED_BY_CORRECTIONS}
          />
        </p>
        {target.mention && place.properties.mentions.length > 1 && (
          <label className="correction-option">
            <input type="checkbox" checked={onlyMention} onChange={(e) => setOnlyMention(e.target.checked)} /> Only this mention (the other{' '}
            {place.properties.mentions.length - 1} stay{place.properties.mentions.length === 2 ? 's' : ''} where {place.properties.mentions.length === 2 ? 'it is' : 'they are'})
          </label>
        )}
        <label className="correction-option">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Remember this choice for later articles
        </label>
        <h3 id={`${id}-candidates`}>Other places with this name</h3>
        {views.length === 0 ? (
          <p className="muted">The resolver had no other candidates: search below.</p>
        ) : (
          <ul className="correction-candidates" aria-labelledby={`${id}-candidates`}>
            {views.map((v) => (
              <li key={viewKey(v)}>
                <button type="button" className="correction-candidate" onClick={() => choose(v.choice)}>
                  <PlaceChoiceLabel view={v} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {searchBox(place.properties.name)}
        <MovePlaceForm
          key={`${place.id}:${place.geometry.coordinates.join(',')}`}
          coordinates={place.geometry.coordinates}
          name={place.properties.name}
          onMove={(lon, lat) => onEdit({ kind: 'move-place', place: placeRefOf(place), lon, lat }, false)}
        />
        <div className="correction-remove">
          <button type="button" onClick={() => onEdit({ kind: 'remove-place', place: placeRefOf(place, target.mention) }, remember)}>
            Not a place: remove {place.properties.name}
            {place.properties.mentions.length > 1 ? ` (all ${place.properties.mentions.length} mentions)` : ''}
          </button>
          {target.mention && place.properties.mentions.length > 1 && (
            <button type="button" onClick={() => onEdit({ kind: 'remove-mention', mention: target.mention! }, false)}>
              Remove only this mention
            </button>
          )}
        </div>
      </>
    );
  } else if (target.kind === 'add') {
    title = `Mark “${target.mention.text}” as a place`;
    body = (
      <>
        <label className="correction-option">
          <input type="checkbox" checked={sameWords} onChange={(e) => setSameWords(e.target.checked)} /> Every other “{target.mention.text}” in the
          article too
        </label>
        <label className="correction-option">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Remember this choice for later articles
        </label>
        {searchBox(target.mention.text)}
        <p className="muted">Not in the gazetteer? Close this, press “Drop a pin” on the map and name the pin “{target.mention.text}”.</p>
      </>
    );
  } else {
    title = 'Name the pin';
    const pin = target;
    body = (
      <form
        className="correction-pin"
        onSubmit={(e) => {
          e.preventDefault();
          const words = findWords(articleText, pinName);
          if (!words) {
            setPinError(`“${pinName.trim()}” is not in the article: name the pin with the article’s own words.`);
            return;
          }
          onEdit({ kind: 'add-place', mention: words, choice: { type: 'custom', name: pinName.trim(), lon: pin.lon, lat: pin.lat }, sameWords: true }, false);
        }}
      >
        <p className="muted">
          At {pin.lat.toFixed(4)}, {pin.lon.toFixed(4)}. Every mention of the name in the article joins the pin.
        </p>
        <label htmlFor={`${id}-pin`}>The place’s name, as the article writes it</label>
        <input id={`${id}-pin`} value={pinName} onChange={(e) => setPinName(e.target.value)} maxLength={120} />
        <button type="submit" disabled={!pinName.trim()}>
          Put it on the map
        </button>
        {pinError && (
          <p className="message message--error" role="alert">
            {pinError}
          </p>
        )}
      </form>
    );
  }

  return (
    <section className="correction-panel" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <div className="correction-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="correction-close" onClick={onClose} aria-label="Close the correction panel">
          ×
        </button>
      </div>
      {body}
    </section>
  );
}
