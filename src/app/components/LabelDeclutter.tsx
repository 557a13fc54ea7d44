import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { crowdedLabels } from '../lib/declutter';

export interface LabelDeclutterProps {
  /** The chosen route: its label is always shown. */
  selectedId?: string | null;
}

const LABELS = '.route-arrow-label, .border-label';
const CROWDED = 'is-crowded';
/** Place markers and crowd counts: a label never covers one (it would take the tap meant for the place). */
const MARKERS = '.leaflet-marker-pane .place-marker, .leaflet-marker-pane .crowd-marker';

/**
 * Hide route and border labels that would overlap another label or a place's marker (at world zoom the
 * Korean routes' labels pile up, and a border's length sat on the Korean places): after every zoom or pan, and whenever labels come and go (a new article, the timeline's
 * slider). The chosen route's label wins, then border lengths, then routes in story order; a hidden
 * label's figures stay in its route's tooltip, and zooming in brings it back.
 * @example <MapContainer><LabelDeclutter selectedId={selected} /></MapContainer>
 */
export const LabelDeclutter = memo(function LabelDeclutter({ selectedId = null }: LabelDeclutterProps) {
  const map = useMap();
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const labels = [...map.getContainer().querySelectorAll<HTMLElement>(LABELS)];
      // Measure every label as if shown, then hide the crowded ones in one pass (one layout, not one per label).
      for (const label of labels) label.classList.remove(CROWDED);
      const boxes = labels.map((label) => {
        const r = label.getBoundingClientRect();
        const route = label.closest<HTMLElement>('[data-route-id]')?.dataset.routeId;
        const priority = route && route === selectedId ? 2 : label.classList.contains('border-label') ? 1 : 0;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, priority };
      });
      const markers = [...map.getContainer().querySelectorAll<HTMLElement>(MARKERS)].map((m) => {
        const r = m.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      for (const i of crowdedLabels(boxes, undefined, markers)) labels[i]!.classList.add(CROWDED);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    map.on('zoomend moveend viewreset resize', schedule);
    const observer = new MutationObserver(schedule);
    // A marker that moves (a crowd's count regrouped at a new zoom keeps its element) changes only its style.
    observer.observe(map.getPane('markerPane')!, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    schedule();
    return () => {
      map.off('zoomend moveend viewreset resize', schedule);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [map, selectedId]);
  return null;
});
