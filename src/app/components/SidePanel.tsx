import { Children, isValidElement, type KeyboardEvent, type ReactElement, type ReactNode, useRef } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

export interface PanelTabProps {
  /** Stable id: the tab is `tab-${id}`, its panel `panel-${id}`, its heading `${id}-title`. */
  id: string;
  /** The tab's label and its panel's heading. */
  title: string;
  children?: ReactNode;
}

/**
 * One tab of the side panel. Adding a tool to the explorer is one line inside <SidePanel>:
 * `<PanelTab id="corrections" title="Corrections"><Corrections … /></PanelTab>`. Rendered by SidePanel,
 * never on its own.
 * @example <PanelTab id="places" title="Places"><PlaceList … /></PanelTab>
 */
export function PanelTab(_props: PanelTabProps): null {
  return null;
}

export interface SidePanelProps {
  /** The id of the open tab; the first tab when it names none of them. */
  active: string;
  onActive: (id: string) => void;
  /** <PanelTab> elements, in the order of the tab list. */
  children: ReactNode;
  /**
   * A tab shown as a column of its own beside the tabs (the article on a wide screen), always in view; the
   * tab list then holds the others. When it is also `active`, the first other tab is open beside it.
   */
  pinned?: string;
  /**
   * False until the first map is drawn: closed tabs stay empty, so building them does not hold up the first
   * map; from then on every tab is kept up to date, open or not.
   */
  renderClosed?: boolean;
}

/**
 * The explorer's tools as tabs (WAI-ARIA tabs: arrow keys, Home and End move between tabs): every tool is
 * one click away and its heading at the top of the panel. Each panel keeps its own scroll position and
 * state (inactive panels are hidden, not unmounted), so choosing something in one never scrolls another;
 * a render error inside a panel shows a message in that panel only. A `pinned` tab is a column of its own
 * beside the tabs (a labelled region with the same id and heading), so on a wide screen the article and a
 * tool are both in view.
 * @example <SidePanel active={tab} onActive={setTab} pinned={wide ? 'article' : undefined}><PanelTab id="article" title="Article">…</PanelTab></SidePanel>
 */
export function SidePanel({ active, onActive, children, pinned, renderClosed = true }: SidePanelProps) {
  const all = Children.toArray(children).filter(
    (child): child is ReactElement<PanelTabProps> => isValidElement(child) && child.type === PanelTab,
  );
  const column = all.find((t) => t.props.id === pinned);
  const tabs = column ? all.filter((t) => t !== column) : all;
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.some((t) => t.props.id === active) ? active : (tabs[0]?.props.id ?? '');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.props.id === current);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0 || tabs.length === 0) return;
    event.preventDefault();
    const id = tabs[next]!.props.id;
    onActive(id);
    list.current?.querySelector<HTMLElement>(`#tab-${CSS.escape(id)}`)?.focus();
  };

  const tabbed = (
    <div className="side-panel-tabs">
      <div className="tab-list" role="tablist" aria-label="Tools" ref={list} onKeyDown={onKeyDown}>
        {tabs.map(({ props: { id, title } }) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={id === current}
            aria-controls={`panel-${id}`}
            tabIndex={id === current ? 0 : -1}
            onClick={() => onActive(id)}
          >
            {title}
          </button>
        ))}
      </div>
      {tabs.map(({ props: { id, title, children: body } }) => (
        <section
          key={id}
          id={`panel-${id}`}
          role="tabpanel"
          className="tab-panel"
          aria-labelledby={`${id}-title`}
          hidden={id !== current}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: WAI-ARIA tabs: a panel that scrolls is a Tab stop, so keyboard users can scroll it
          tabIndex={0}
        >
          <h2 id={`${id}-title`}>{title}</h2>
          {(id === current || renderClosed) && <ErrorBoundary label={title}>{body}</ErrorBoundary>}
        </section>
      ))}
    </div>
  );
  if (!column) return tabbed;
  const { id, title, children: body } = column.props;
  return (
    <div className="side-panel-columns">
      <section
        id={`panel-${id}`}
        className="pinned-panel"
        aria-labelledby={`${id}-title`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a column that scrolls is a Tab stop, so keyboard users can scroll it
        tabIndex={0}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <ErrorBoundary label={title}>{body}</ErrorBoundary>
      </section>
      {tabbed}
    </div>
  );
}
