/**
 * The distance tool's selection: click one place, then another. A third click starts a new pair;
 * clicking the first place again does nothing.
 * @example nextPicks(['place:moscow'], 'place:beijing') // → ['place:moscow', 'place:beijing']
 */
export function nextPicks(current: readonly string[], id: string): string[] {
  if (current.length === 1) return current[0] === id ? [...current] : [current[0]!, id];
  return [id];
}
