import { type FormEvent, memo, useEffect, useId, useRef, useState } from 'react';

export interface ArticleTitleProps {
  title: string;
  /** Called with the new title (trimmed, never empty); it names the export too. */
  onRename?: (title: string) => void;
}

/** Longest title kept: a headline, not a paragraph. */
export const MAX_TITLE_LENGTH = 200;

/**
 * The article's title as the page's heading, with a button that turns it into a text field: Enter or leaving the
 * field keeps the new title, Escape keeps the old one.
 * @example <ArticleTitle title="Lavrov to visit DPRK" onRename={rename} />
 */
export const ArticleTitle = memo(function ArticleTitle({ title, onRename }: ArticleTitleProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) input.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const finish = (keep: boolean) => {
    const next = draft.trim().slice(0, MAX_TITLE_LENGTH);
    if (keep && next && next !== title) onRename?.(next);
    returnFocus.current = true;
    setEditing(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    finish(true);
  };

  if (editing) {
    return (
      <form className="article-title-form" onSubmit={submit}>
        <label htmlFor={id} className="visually-hidden">
          Article title
        </label>
        <input
          id={id}
          ref={input}
          className="article-title-input"
          value={draft}
          maxLength={MAX_TITLE_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              finish(false);
            }
          }}
        />
      </form>
    );
  }
  return (
    <div className="article-title">
      {/* bdi: a title's right-to-left override stays inside it (the header's order holds). */}
      <h1 className="app-heading" title={title}>
        <bdi className="app-title">{title}</bdi>
      </h1>
      {onRename && (
        <button
          type="button"
          ref={editButton}
          className="article-title-edit"
          onClick={() => {
            setDraft(title);
            setEditing(true);
          }}
        >
          {/* On a phone the word folds into a pencil (its name stays "Rename the article"). */}
          <svg className="header-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M11.5 1.5l3 3-9 9H2.5v-3z M9.5 3.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          <span className="header-word">Rename</span>
          <span className="visually-hidden"> the article</span>
        </button>
      )}
    </div>
  );
});
