import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

export interface PanelSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * One titled section of the side panel. Other features add sections by adding one of these to App. A render
 * error inside it shows a message in the section only.
 * @example <PanelSection id="places" title="Places"><PlaceList … /></PanelSection>
 */
export function PanelSection({ id, title, children }: PanelSectionProps) {
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ErrorBoundary label={title}>{children}</ErrorBoundary>
    </section>
  );
}
