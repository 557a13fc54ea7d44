import { describe, expect, it } from 'vitest';
import { bowedArc, drawableArc, routeBows } from '../../../src/app/lib/arc';

describe('routeBows and bowedArc', () => {
  it('a lone route is drawn straight; routes between the same places get distinct bows', () => {
    const bows = routeBows([
      { id: 'lavrov', from: 'moscow', to: 'pyongyang' },
      { id: 'ri', from: 'pyongyang', to: 'moscow' },
      { id: 'wang', from: 'beijing', to: 'moscow' },
    ]);
    expect(bows.get('wang')).toBe(0);
    expect(Math.abs(bows.get('lavrov')!)).toBe(0.5);
    expect(Math.abs(bows.get('ri')!)).toBe(0.5);
  });

  it('two routes Moscow ⇄ Pyongyang are drawn apart along their middles, and meet at their ends', () => {
    const moscow = [37.62, 55.75];
    const pyongyang = [125.75, 39.03];
    const bows = routeBows([
      { id: 'there', from: 'moscow', to: 'pyongyang' },
      { id: 'back', from: 'pyongyang', to: 'moscow' },
    ]);
    const there = bowedArc(drawableArc(moscow, pyongyang), bows.get('there')!);
    const back = bowedArc(drawableArc(pyongyang, moscow), bows.get('back')!).reverse();
    const mid = Math.floor(there.length / 2);
    const apart = Math.hypot(there[mid]![0]! - back[mid]![0]!, there[mid]![1]! - back[mid]![1]!);
    expect(apart).toBeGreaterThan(5); // degrees: far apart at any zoom
    expect(there[0]).toEqual(back[0]);
    expect(there.at(-1)![0]).toBeCloseTo(back.at(-1)![0]!, 6);
  });

  it('bow 0 leaves the arc as it is', () => {
    const arc = drawableArc([0, 0], [10, 10]);
    expect(bowedArc(arc, 0)).toEqual(arc);
  });
});
