import { memo, useId, useState } from 'react';
import type { CorrectionContext, CorrectionsMemory } from '../../core/edits/memory';
import { saveFile } from '../lib/download';
import { loadEditsCore } from '../lib/loadEditsCore';

export interface CorrectionsMemoryPanelProps {
  memory: CorrectionsMemory;
  onImport: (memory: CorrectionsMemory) => void;
  onForget: (name: string, context: CorrectionContext) => void;
}

/**
 * The corrections memory: what "Remember this choice" kept (words, in the countries they were corrected in,
 * → the place, or "not a place"), with export and import as a JSON file a team can share (the command line
 * reads the same file with `--corrections`). An imported file is checked first; a malformed one gets a
 * message naming what is wrong and changes nothing.
 * @example <CorrectionsMemoryPanel memory={ws.memory} onImport={ws.importMemory} onForget={ws.forget} />
 */
export const CorrectionsMemoryPanel = memo(function CorrectionsMemoryPanel({ memory, onImport, onForget }: CorrectionsMemoryPanelProps) {
  const id = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const count = memory.entries.length;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const { MAX_CORRECTIONS_BYTES, readCorrections } = await loadEditsCore();
    if (file.size > MAX_CORRECTIONS_BYTES) {
      setMessage({ error: true, text: `${file.name}: too large for a corrections file (${(file.size / 1e6).toFixed(1)} MB).` });
      return;
    }
    const read = readCorrections(await file.text());
    if (!read.ok) {
      setMessage({ error: true, text: `${file.name}: ${read.error}` });
      return;
    }
    onImport(read.value);
    setMessage({ error: false, text: `Imported ${read.value.entries.length} correction${read.value.entries.length === 1 ? '' : 's'} from ${file.name}.` });
  };

  return (
    <div className="corrections-memory">
      <p className="muted">
        {count === 0
          ? 'Nothing remembered yet: tick “Remember this choice” when you correct a place, and later articles use it.'
          : `${count} remembered choice${count === 1 ? '' : 's'}; later articles use them (“from your corrections”).`}
      </p>
      {count > 0 && (
        <ul className="corrections-list">
          {memory.entries.map((e) => (
            <li key={`${e.name}|${e.context.countries.join(',')}`}>
              <span>
                “{e.name}” → {e.place ? e.place.name : 'not a place'}
                {e.context.countries.length ? <span className="muted"> (with {e.context.countries.join(', ')})</span> : null}
              </span>
              <button type="button" onClick={() => onForget(e.name, e.context)} aria-label={`Forget “${e.name}”`}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="corrections-actions">
        <button
          type="button"
          disabled={count === 0}
          onClick={async () => {
            const { writeCorrections } = await loadEditsCore();
            saveFile('news-atlas-corrections.json', writeCorrections(memory), 'application/json');
            setMessage({ error: false, text: 'Saved news-atlas-corrections.json' });
          }}
        >
          Export corrections
        </button>
        <label htmlFor={`${id}-file`} className="file-label">
          Import corrections…
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => onFile(e.target.files?.[0])} />
      </div>
      {message && (
        <p className={message.error ? 'message message--error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
});
