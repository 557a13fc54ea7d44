// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelTab, SidePanel } from '../../../src/app/components/SidePanel';

afterEach(cleanup);

function Panel({ start = 'article', pinned, renderClosed }: { start?: string; pinned?: string; renderClosed?: boolean }) {
  const [tab, setTab] = useState(start);
  return (
    <SidePanel active={tab} onActive={setTab} pinned={pinned} renderClosed={renderClosed}>
      <PanelTab id="article" title="Article">
        <p>the text</p>
      </PanelTab>
      <PanelTab id="timeline" title="Timeline">
        <p>the journeys</p>
      </PanelTab>
      <PanelTab id="corrections" title="Corrections">
        <p>fixes</p>
      </PanelTab>
    </SidePanel>
  );
}

describe('SidePanel', () => {
  it('leaves closed tabs empty until told to build them (after the first map), then keeps them built', () => {
    const { rerender } = render(<Panel renderClosed={false} />);
    expect(document.getElementById('panel-article')!.textContent).toContain('the text');
    expect(document.getElementById('panel-timeline')!.textContent).not.toContain('the journeys');
    // A tab opened meanwhile is built at once.
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('the journeys');
    expect(document.getElementById('panel-corrections')!.textContent).not.toContain('fixes');
    rerender(<Panel renderClosed />);
    expect(document.getElementById('panel-corrections')!.textContent).toContain('fixes');
    expect(document.getElementById('panel-article')!.textContent).toContain('the text');
  });

  it('shows a pinned tab as a column of its own beside the tabs (the article on a wide screen), always in view', () => {
    render(<Panel pinned="article" />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Timeline', 'Corrections']);
    const column = screen.getByRole('region', { name: 'Article' });
    expect(column.id).toBe('panel-article');
    expect(column.textContent).toContain('the text');
    // The article was the open tab: the first other tab opens beside it.
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain('the journeys');
    fireEvent.click(screen.getByRole('tab', { name: 'Corrections' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('fixes');
    expect(column.hidden).toBe(false);
    expect(screen.getByRole('region', { name: 'Article' }).textContent).toContain('the text');
  });

  it('keeps every tab in the list when the pinned id names none of them', () => {
    render(<Panel pinned="nothing" />);
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows one panel at a time under its heading; a click on a tab opens it', () => {
    render(<Panel />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Article', 'Timeline', 'Corrections']);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('article-title');
    expect(screen.getByRole('heading', { name: 'Article' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Corrections' }));
    expect(screen.getByRole('tab', { name: 'Corrections' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain('fixes');
    // The others stay mounted (their state and scroll position survive), only hidden.
    expect(document.getElementById('panel-article')!.hidden).toBe(true);
  });

  it('moves between tabs with the arrow keys, Home and End (one Tab stop for the list)', () => {
    render(<Panel />);
    const list = screen.getByRole('tablist');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Corrections' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Corrections' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens the first tab when asked for one it does not have', () => {
    render(<Panel start="nothing" />);
    expect(screen.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')).toBe('true');
  });
});
