import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../core/types';

/** Wait this long after the last keystroke before searching: one search per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 120;
/** At most this many places are listed; the gazetteer ranks them. */
export const MAX_SEARCH_RESULTS = 8;

export interface PlaceSearchProps<Hit> {
  /** Search the gazetteer (in the worker); hits come ranked. */
  search: (query: string) => Promise<Result<Hit[]>>;
  /** How one hit is shown in the list. */
  renderHit: (hit: Hit) => ReactNode;
  /** A stable key for a hit. */
  hitKey: (hit: Hit) => string;
  onChoose: (hit: Hit) => void;
  /** Words to search at once (the words a person selected in the article). */
  initialQuery?: string;
  label?: string;
  autoFocus?: boolean;
}

/**
 * A type-ahead search box over the gazetteer: an ARIA combobox with a listbox of places. Typing searches
 * after a pause (answers to older queries are dropped); ↓/↑ move through the places, Enter chooses, Escape
 * closes the list; a click chooses too.
 * @example <PlaceSearch search={searchPlaces} renderHit={(h) => h.name} hitKey={(h) => h.ref.id} onChoose={choose} />
 */
export function PlaceSearch<Hit>({ search, renderHit, hitKey, onChoose, initialQuery = '', label = 'Search for a place', autoFocus }: PlaceSearchProps<Hit>) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setHits([]);
      setMessage('');
      return;
    }
    const timer = setTimeout(async () => {
      const result = await search(q);
      if (ticket !== latest.current) return; // a newer query is under way
      if (!result.ok) {
        setHits([]);
        setMessage(result.error);
        return;
      }
      const top = result.value.slice(0, MAX_SEARCH_RESULTS);
      setHits(top);
      setActive(top.length ? 0 : -1);
      setOpen(true);
      setMessage(top.length ? `${top.length} place${top.length === 1 ? '' : 's'} found` : `No place called “${q}” in the gazetteer`);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onChoose(hit);
  };
  const expanded = open && hits.length > 0;
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : -1));
    } else if (e.key === 'Enter') {
      if (expanded && active >= 0) {
        e.preventDefault();
        choose(hits[active]);
      }
    } else if (e.key === 'Escape' && expanded) {
      // Closing the list is all Escape does here; a second Escape reaches the panel (which closes).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="place-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Places found" className="place-search-list" hidden={!expanded}>
        {hits.map((hit, i) => (
          <div
            key={hitKey(hit)}
            id={`${id}-opt-${i}`}
            role="option"
            // Focus stays in the box (aria-activedescendant); -1 keeps options out of the Tab order.
            tabIndex={-1}
            aria-selected={i === active}
            className={`place-option${i === active ? ' is-active' : ''}`}
            // Keep focus in the box: a mousedown would blur it before the click chooses.
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(hit)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') choose(hit);
            }}
          >
            {renderHit(hit)}
          </div>
        ))}
      </div>
      <p className="place-search-status muted" role="status">
        {message}
      </p>
    </div>
  );
}
