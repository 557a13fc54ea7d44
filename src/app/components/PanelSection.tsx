import type { ReactNode } from 'react';

export interface PanelSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * One titled section of the side panel. Other features add sections by adding one of these to App.
 * @example <PanelSection id="places" title="Places"><PlaceList … /></PanelSection>
 */
export function PanelSection({ id, title, children }: PanelSectionProps) {
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
