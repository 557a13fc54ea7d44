import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { COMPACT_HEADER_QUERY } from '../lib/screen';
import { useMediaQuery } from '../lib/useMediaQuery';

export interface HeaderActionsProps {
  /** "Open another article": always in the header, the first action after the title. */
  onOpenAnother: () => void;
  /** The secondary tools (units, export): in the header on a wide screen, behind one button on a narrow one. */
  children: ReactNode;
}

/**
 * The header's actions. On a wide screen all of them in the row; on a phone (COMPACT_HEADER_QUERY) "Open
 * article" stays in the row and the rest fold into a panel behind one named button, so the header is one
 * row and the map keeps the height. The panel stays open while it is used (an export's message, a map link
 * to copy); Escape, the button or a press outside closes it.
 * @example <HeaderActions onOpenAnother={open}><ExportButtons … /></HeaderActions>
 */
export function HeaderActions({ onOpenAnother, children }: HeaderActionsProps) {
  const compact = useMediaQuery(COMPACT_HEADER_QUERY);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && !panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      if (panel.current?.contains(document.activeElement)) toggle.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  const openAnother = (
    <button type="button" className="open-another" onClick={onOpenAnother}>
      Open<span className="wide-only"> another</span> article
    </button>
  );
  if (!compact) {
    return (
      <div className="app-actions">
        {openAnother}
        {children}
      </div>
    );
  }
  return (
    <div className="app-actions">
      {openAnother}
      <button
        type="button"
        ref={toggle}
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <svg className="header-icon" aria-hidden="true" viewBox="0 0 16 16" width="18" height="18">
          <circle cx="3" cy="8" r="1.6" />
          <circle cx="8" cy="8" r="1.6" />
          <circle cx="13" cy="8" r="1.6" />
        </svg>
        <span className="visually-hidden">Units and export</span>
      </button>
      <div id={panelId} ref={panel} className="header-menu" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
