import { memo } from 'react';
import type { Edit, EditOutcome } from '../../core/edits/types';
import { describeEdit } from '../lib/editLabels';

export interface EditsPanelProps {
  edits: readonly Edit[];
  /** By edit id; an edit without an applied outcome is listed as not applied, with the reason. */
  outcomes: ReadonlyMap<string, EditOutcome>;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** Back to the automatic result (itself undoable). */
  onReset: () => void;
  /** Drop one edit from the list (e.g. one that no longer applies). */
  onDrop: (editId: string) => void;
}

/**
 * Undo and redo, the list of edits in force (an edit that no longer applies stays listed, marked as such,
 * with the reason), and "back to the automatic result".
 * @example <EditsPanel edits={history.present} outcomes={byId} canUndo canRedo={false} … />
 */
export const EditsPanel = memo(function EditsPanel({ edits, outcomes, canUndo, canRedo, onUndo, onRedo, onReset, onDrop }: EditsPanelProps) {
  const stale = edits.filter((e) => outcomes.get(e.id)?.applied === false).length;
  return (
    <div className="edits-panel">
      <div className="edits-actions">
        <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={onReset} disabled={edits.length === 0}>
          Back to the automatic result
        </button>
      </div>
      <p className="muted edits-summary" role="status">
        {edits.length === 0
          ? 'No edits: this is the automatic result.'
          : `${edits.length} edit${edits.length === 1 ? '' : 's'}${stale ? `, ${stale} no longer appl${stale === 1 ? 'ies' : 'y'}` : ''}`}
      </p>
      {edits.length > 0 && (
        <ol className="edits-list">
          {edits.map((edit) => {
            const outcome = outcomes.get(edit.id);
            const applied = outcome?.applied !== false;
            return (
              <li key={edit.id} className={applied ? 'edit' : 'edit is-stale'} data-edit-kind={edit.kind}>
                <span className="edit-text">{describeEdit(edit)}</span>
                {!applied && <span className="edit-stale">Not applied: {outcome?.reason ?? 'it no longer matches the article'}</span>}
                <button type="button" className="edit-drop" onClick={() => onDrop(edit.id)} aria-label={`Drop the edit: ${describeEdit(edit)}`}>
                  Drop
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
});
