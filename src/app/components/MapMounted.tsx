import { useEffect } from 'react';

export interface MapMountedProps {
  onMounted: () => void;
}

/**
 * Calls `onMounted` once, after the map's other children have mounted: placed last inside <MapContainer>,
 * its effect runs after theirs, when the layer control's groups are on the map.
 * @example <MapMounted onMounted={() => setGroupsOnMap(true)} />
 */
export function MapMounted({ onMounted }: MapMountedProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the map's children first mount
  useEffect(() => {
    onMounted();
  }, []);
  return null;
}
