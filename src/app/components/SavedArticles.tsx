import { memo, useState } from 'react';
import type { ArticleSummary } from '../lib/articleStore';

export interface SavedArticlesProps {
  articles: readonly ArticleSummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
}

function when(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * "Your articles": every article mapped in this browser, most recent first, to reopen, rename or delete
 * (deleting asks once more, in the row).
 * @example <SavedArticles articles={list} currentId={id} onOpen={open} onRename={rename} onDelete={remove} />
 */
export const SavedArticles = memo(function SavedArticles({ articles, currentId, onOpen, onRename, onDelete }: SavedArticlesProps) {
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  if (articles.length === 0) return <p className="muted">Articles you map or correct are kept here, in this browser.</p>;
  return (
    <ul className="saved-articles">
      {articles.map((a) => (
        <li key={a.id} className={a.id === currentId ? 'saved-article is-current' : 'saved-article'} data-article-id={a.id}>
          {renaming?.id === a.id ? (
            <form
              className="saved-article-rename"
              onSubmit={(e) => {
                e.preventDefault();
                const title = renaming.title.trim();
                if (title) onRename(a.id, title);
                setRenaming(null);
              }}
            >
              <label className="visually-hidden" htmlFor={`rename-${a.id}`}>
                New title for {a.title}
              </label>
              <input
                id={`rename-${a.id}`}
                value={renaming.title}
                maxLength={200}
                onChange={(e) => setRenaming({ id: a.id, title: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setRenaming(null);
                }}
                // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this article
                autoFocus
              />
              <button type="submit">Save</button>
              <button type="button" onClick={() => setRenaming(null)}>
                Cancel
              </button>
            </form>
          ) : (
            <>
              <button type="button" className="saved-article-open" onClick={() => onOpen(a.id)} aria-current={a.id === currentId ? 'true' : undefined}>
                <span className="saved-article-title">{a.title}</span>
                <span className="muted saved-article-meta">
                  {a.editCount === 0 ? 'no edits' : a.editCount === 1 ? '1 edit' : `${a.editCount} edits`} · {when(a.updatedAt)}
                </span>
              </button>
              {deleting === a.id ? (
                <span className="saved-article-confirm">
                  <button
                    type="button"
                    onClick={() => {
                      setDeleting(null);
                      onDelete(a.id);
                    }}
                  >
                    Delete “{a.title}”
                  </button>
                  <button type="button" onClick={() => setDeleting(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <span className="saved-article-actions">
                  <button type="button" onClick={() => setRenaming({ id: a.id, title: a.title })} aria-label={`Rename ${a.title}`}>
                    Rename
                  </button>
                  <button type="button" onClick={() => setDeleting(a.id)} aria-label={`Delete ${a.title}`}>
                    Delete
                  </button>
                </span>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
});
