import { memo, startTransition, useId, useState } from 'react';
import type { AtlasCollection } from '../../core/geojson/types';
import type { ArticleMeta, Result } from '../../core/types';
import type { OtherFeature } from '../lib/collection';
import { classifyText, type InputVerdict, MAX_INPUT_BYTES } from '../lib/input';

export interface ArticleInputProps {
  /** Analyse article text (the app passes the worker client); `meta.published` when the user gave a date. */
  analyze: (text: string, meta?: Partial<ArticleMeta>) => Promise<Result<AtlasCollection>>;
  /** Show a collection; `others` are the features of another tool's GeoJSON file (none for an article). */
  onCollection: (collection: AtlasCollection, others?: OtherFeature[]) => void;
  /** Open (unfolded), when the app controls it (the header's "Open another article" button). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * Paste an article or open a file (.txt article; GeoJSON, KML, GPX, CSV with coordinates, or a map page
 * saved by the app). Mapped text leaves the box (it is in the article panel); bad input gets a
 * message and the pasted text stays in the box; big files are refused before they are read in full.
 * An optional publication date anchors the article's relative dates ("on Monday", "last week") when the
 * text carries none of its own, and overrides the one it carries.
 * @example <ArticleInput analyze={analyzeInWorker} onCollection={show} />
 */
export const ArticleInput = memo(function ArticleInput({ analyze, onCollection, open, onOpenChange }: ArticleInputProps) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** yyyy-mm-dd from the date field, or '' when not given. */
  const [published, setPublished] = useState('');
  const fileId = useId();

  const handle = async (verdict: InputVerdict & { warnings?: string[] }, fileName?: string) => {
    if (verdict.kind === 'error') {
      setMessage({ error: true, text: verdict.message });
      return;
    }
    if (verdict.kind === 'geojson') {
      const shown = verdict.collection.features.length + verdict.others.length;
      const opened = `Opened ${fileName ? `${fileName}: ` : ''}${shown} feature${shown === 1 ? '' : 's'}.`;
      // One transition with the map's (App shows a new collection as one): the message appears with the map it tells of.
      startTransition(() => {
        onCollection(verdict.collection, verdict.others);
        setMessage({ error: false, text: `${opened}${verdict.report ? ` ${verdict.report}` : ''}` });
      });
      return;
    }
    setBusy(true);
    setMessage({ error: false, text: 'Analysing…' });
    const result = published ? await analyze(verdict.text, { published }) : await analyze(verdict.text);
    setBusy(false);
    if (result.ok) {
      const places = result.value.features.filter((f) => f.properties.kind === 'place').length;
      // The text is on the map and in the panel below now: the box is emptied, since a long text left in a
      // text box is laid out and painted again with every change of the panel (a 2 MB one, for seconds).
      // One transition with the map's: the message appears with the map it tells of.
      startTransition(() => {
        setText('');
        onCollection(result.value);
        setMessage({ error: false, text: `Found ${places} places.` });
      });
    } else {
      setMessage({ error: true, text: result.error });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_INPUT_BYTES) {
      // Refuse before reading: a big file must not freeze the page.
      setMessage({ error: true, text: `The file is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1e6} MB).` });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // KML, GPX, CSV, GeoJSON from other tools and saved map pages go through the importers (loaded now).
    const [{ importFile }, { xmlTools }] = await Promise.all([import('../lib/import/importFile'), import('../lib/export/xml')]);
    await handle(importFile(bytes, file.name, xmlTools()), file.name);
  };

  return (
    <details
      className="article-input"
      open={open}
      onToggle={onOpenChange ? (e) => onOpenChange((e.currentTarget as HTMLDetailsElement).open) : undefined}
    >
      <summary>Open another article</summary>
      <label htmlFor={`${fileId}-text`}>Paste article text (or GeoJSON)</label>
      <textarea id={`${fileId}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      <div className="article-input-date">
        <label htmlFor={`${fileId}-published`}>Published on</label>
        <input
          id={`${fileId}-published`}
          type="date"
          min="1000-01-01"
          max="9999-12-31"
          value={published}
          onChange={(e) => setPublished(e.target.value)}
        />
        <span className="muted">optional: dates "on Monday" or "last week" count from it</span>
      </div>
      <div className="article-input-actions">
        <button type="button" disabled={busy} onClick={() => handle(classifyText(text))}>
          Map this text
        </button>
        <label htmlFor={`${fileId}-file`} className="file-label">
          Open file…
        </label>
        <input
          id={`${fileId}-file`}
          type="file"
          accept=".txt,.geojson,.json,.kml,.gpx,.csv,.tsv,.html,.htm,text/plain,text/csv,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/gpx+xml,text/html"
          disabled={busy}
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </div>
      {message && (
        <p className={message.error ? 'message message--error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </details>
  );
});
