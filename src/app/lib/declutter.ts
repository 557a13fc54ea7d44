/**
 * Label placement without overlap: labels are kept in order of priority, and one that would cover a label
 * already kept is hidden. Pure; the map component measures the labels and applies the result.
 */

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Higher first; equal priorities keep their given order. */
  priority: number;
}

/**
 * The indices of the labels to hide so that no two shown labels overlap (within `gap` pixels), nor any label
 * an obstacle (a marker: always shown, whatever it touches).
 * @example crowdedLabels([{ left: 0, top: 0, right: 50, bottom: 12, priority: 0 }, { left: 40, top: 5, right: 90, bottom: 17, priority: 1 }])
 * // → Set { 0 } (the second label has the higher priority)
 */
export function crowdedLabels(boxes: readonly LabelBox[], gap = 2, obstacles: readonly Omit<LabelBox, 'priority'>[] = []): Set<number> {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  const kept: Omit<LabelBox, 'priority'>[] = [...obstacles];
  const hidden = new Set<number>();
  for (const i of order) {
    const box = boxes[i]!;
    const empty = box.right <= box.left || box.bottom <= box.top;
    const covers = kept.some((k) => box.left < k.right + gap && k.left < box.right + gap && box.top < k.bottom + gap && k.top < box.bottom + gap);
    if (covers && !empty) hidden.add(i);
    else if (!empty) kept.push(box);
  }
  return hidden;
}
