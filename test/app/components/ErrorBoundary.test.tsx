// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, ErrorResetKey } from '../../../src/app/components/ErrorBoundary';
import { PanelTab, SidePanel } from '../../../src/app/components/SidePanel';
import { reportRenderError } from '../../../src/app/lib/reportError';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Fails({ when }: { when: boolean }) {
  if (when) throw new Error('matches is undefined \u001b[31m');
  return <p>fine</p>;
}

let show: (n: number) => void = () => {};
/** A part that fails until something new (1) is shown. */
function Harness() {
  const [n, setN] = useState(0);
  show = setN;
  return (
    <ErrorResetKey.Provider value={n}>
      <ErrorBoundary label="map">
        <Fails when={n === 0} />
      </ErrorBoundary>
    </ErrorResetKey.Provider>
  );
}

describe('ErrorBoundary', () => {
  it('shows a message in the failing part only, keeps the rest, and logs the error once', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <main>
        <SidePanel active="numbers" onActive={() => {}}>
          <PanelTab id="article" title="Article">
            <p className="article-text">The article stays.</p>
          </PanelTab>
          <PanelTab id="numbers" title="The article's numbers">
            <Fails when />
          </PanelTab>
        </SidePanel>
      </main>,
      { onCaughtError: reportRenderError },
    );
    expect(container.querySelector('.article-text')!.textContent).toBe('The article stays.');
    const alert = container.querySelector('#numbers-title')!.parentElement!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^This part of the page \(The article's numbers\) could not be shown: matches is undefined \\u\{1b\}\[31m\./);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/^news-atlas: a part of the page failed/);
  });

  it('tries the part again when something new is shown', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<Harness />, { onCaughtError: reportRenderError });
    expect(container.textContent).toMatch(/\(map\) could not be shown/);
    act(() => show(1));
    expect(container.textContent).toBe('fine');
  });
});
