import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type LabelsJson, packLabels } from '../../../src/app/canvas/labelData';
import { placeLabels } from '../../../src/app/canvas/labelDraw';
import { type CloudPoint, type PolygonLayerData, type PolygonStyle, packCloud, packPolygons } from '../../../src/app/canvas/tileData';
import { levelFor, paintTile, type TileContext } from '../../../src/app/canvas/tileDraw';

type Paint = string | CanvasGradient | CanvasPattern;

interface Call {
  name: string;
  args: unknown[];
  /** Drawing state when the call was made. */
  fillStyle: Paint;
  strokeStyle: Paint;
  lineWidth: number;
  globalAlpha: number;
  lineDashOffset: number;
  lineDash: number[];
}

/** A TileContext that records every call and property assignment, with the drawing state at the time. */
class RecordingContext implements TileContext {
  readonly calls: Call[] = [];
  private state = { fillStyle: '#000' as Paint, strokeStyle: '#000' as Paint, lineWidth: 1, globalAlpha: 1, lineDashOffset: 0, lineDash: [] as number[] };

  private record(name: string, args: unknown[]): void {
    this.calls.push({ name, args, ...this.state, lineDash: [...this.state.lineDash] });
  }

  named(name: string): Call[] {
    return this.calls.filter((c) => c.name === name);
  }

  get fillStyle(): Paint {
    return this.state.fillStyle;
  }
  set fillStyle(value: Paint) {
    this.state.fillStyle = value;
    this.record('fillStyle=', [value]);
  }
  get strokeStyle(): Paint {
    return this.state.strokeStyle;
  }
  set strokeStyle(value: Paint) {
    this.state.strokeStyle = value;
    this.record('strokeStyle=', [value]);
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(value: number) {
    this.state.lineWidth = value;
    this.record('lineWidth=', [value]);
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(value: number) {
    this.state.globalAlpha = value;
    this.record('globalAlpha=', [value]);
  }
  get lineDashOffset(): number {
    return this.state.lineDashOffset;
  }
  set lineDashOffset(value: number) {
    this.state.lineDashOffset = value;
    this.record('lineDashOffset=', [value]);
  }

  setLineDash(segments: number[]): void {
    this.state.lineDash = [...segments];
    this.record('setLineDash', [[...segments]]);
  }
  setTransform(...args: unknown[]): void {
    this.record('setTransform', args);
  }
  clearRect(...args: unknown[]): void {
    this.record('clearRect', args);
  }
  beginPath(): void {
    this.record('beginPath', []);
  }
  moveTo(x: number, y: number): void {
    this.record('moveTo', [x, y]);
  }
  lineTo(x: number, y: number): void {
    this.record('lineTo', [x, y]);
  }
  closePath(): void {
    this.record('closePath', []);
  }
  rect(...args: unknown[]): void {
    this.record('rect', args);
  }
  fill(...args: unknown[]): void {
    this.record('fill', args);
  }
  stroke(...args: unknown[]): void {
    this.record('stroke', args);
  }
  // Text, for the basemap's names (labelDraw): recorded like the rest; a glyph is 7 px wide.
  font = '10px sans-serif';
  lineJoin: CanvasLineJoin = 'miter';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  measureText(text: string): TextMetrics {
    return { width: text.length * 7 } as TextMetrics;
  }
  fillText(...args: unknown[]): void {
    this.record('fillText', args);
  }
  strokeText(...args: unknown[]): void {
    this.record('strokeText', args);
  }
  arc(...args: unknown[]): void {
    this.record('arc', args);
  }
}

/** Latitude whose Web Mercator y is exactly a quarter of the world from the top (64 px at zoom 0). */
const LAT_64 = (Math.atan(Math.sinh(Math.PI / 2)) * 180) / Math.PI;
/** Longitude at zoom-0 world x. */
const lonAt = (x: number) => (x / 256 - 0.5) * 360;

function paint(data: Parameters<typeof paintTile>[1], x: number, y: number, z: number, size = 256, dpr = 1): RecordingContext {
  const ctx = new RecordingContext();
  paintTile(ctx, data, { x, y, z }, size, dpr);
  return ctx;
}

function expectCloseAll(actual: unknown[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    expect(actual[i] as number).toBeCloseTo(value, 9);
  });
}

describe('paintTile: clearing', () => {
  it('clears the whole backing store (size × dpr) with the identity transform, then scales by dpr', () => {
    const ctx = paint(packCloud([], []), 0, 0, 0, 256, 2);
    expect(ctx.calls.slice(0, 3).map((c) => [c.name, c.args])).toEqual([
      ['setTransform', [1, 0, 0, 1, 0, 0]],
      ['clearRect', [0, 0, 512, 512]],
      ['setTransform', [2, 0, 0, 2, 0, 0]],
    ]);
  });

  it('draws nothing else for an empty cloud', () => {
    expect(paint(packCloud([], []), 0, 0, 0).calls.map((c) => c.name)).toEqual(['setTransform', 'clearRect', 'setTransform']);
  });
});

describe('paintTile: points', () => {
  // lon 45, lat LAT_64 → world (160, 64): on tile (1, 0, 1), canvas (64, 128) at scale 2.
  const point: CloudPoint = { position: [45, LAT_64], color: 'tomato' };

  it('draws a point on its tile as a square centred on it', () => {
    const ctx = paint(packCloud([point], []), 1, 0, 1);
    const rects = ctx.named('rect');
    expect(rects).toHaveLength(1);
    expectCloseAll(rects[0]!.args, [64 - 2.5, 128 - 2.5, 5, 5]);
    expect(rects[0]!.fillStyle).toBe('tomato');
    expect(rects[0]!.globalAlpha).toBe(0.9);
    expect(ctx.named('fill')).toHaveLength(1);
  });

  it('uses the layer point size', () => {
    const rects = paint(packCloud([point], [], 8), 1, 0, 1).named('rect');
    expectCloseAll(rects[0]!.args, [60, 124, 8, 8]);
  });

  it('draws no rect for a point off the tile', () => {
    expect(paint(packCloud([point], []), 0, 0, 1).named('rect')).toEqual([]);
    expect(paint(packCloud([point], []), 1, 1, 1).named('rect')).toEqual([]);
  });

  it('culls the points off the tile but draws the ones on it', () => {
    const far: CloudPoint = { position: [-90, -60], color: 'tomato' };
    const rects = paint(packCloud([far, point, far], []), 1, 0, 1).named('rect');
    expect(rects).toHaveLength(1);
    expectCloseAll(rects[0]!.args, [61.5, 125.5, 5, 5]);
  });

  it('draws a point straddling a tile edge on both tiles', () => {
    // World x = 129 is 2 canvas px right of the edge between tiles (0, 0, 1) and (1, 0, 1).
    const edge: CloudPoint = { position: [lonAt(129), LAT_64], color: 'teal' };
    const data = packCloud([edge], []);
    expectCloseAll(paint(data, 1, 0, 1).named('rect')[0]!.args, [2 - 2.5, 125.5, 5, 5]);
    expectCloseAll(paint(data, 0, 0, 1).named('rect')[0]!.args, [258 - 2.5, 125.5, 5, 5]);
  });

  it('repeats a point near 180° on the far edge of the world copy next to it', () => {
    const rects = paint(packCloud([{ position: [-179, 0], color: 'teal' }], []), 0, 0, 0).named('rect');
    const x = (1 / 360) * 256;
    expect(rects).toHaveLength(2);
    expect(rects.map((r) => r.args[0] as number).sort((a, b) => a - b)).toEqual([expect.closeTo(x - 2.5, 9), expect.closeTo(x + 256 - 2.5, 9)]);
  });

  it('fills once per colour, each rect under its own colour', () => {
    const ctx = paint(packCloud([point, { position: [46, LAT_64], color: 'navy' }, { position: [47, LAT_64], color: 'tomato' }], []), 1, 0, 1);
    expect(ctx.named('rect').map((r) => r.fillStyle)).toEqual(['tomato', 'tomato', 'navy']);
    expect(ctx.named('fill').map((f) => f.fillStyle)).toEqual(['tomato', 'navy']);
    expect(ctx.globalAlpha).toBe(1);
  });
});

describe('paintTile: lines', () => {
  // A loop through world (64, 64) → (192, 64) → (192, 192) → (64, 192) → (64, 64): each side is 128 world px.
  const loop: Position[] = [
    [-90, LAT_64],
    [90, LAT_64],
    [90, -LAT_64],
    [-90, -LAT_64],
    [-90, LAT_64],
  ];

  it('strokes each run of a dashed line separately, with its offset along the line', () => {
    // On tile (0, 0, 1) (scale 2) the loop leaves along the top side and comes back up the left side.
    const ctx = paint(packCloud([], [{ line: loop, color: 'purple', dashed: true }]), 0, 0, 1);
    const strokes = ctx.named('stroke');
    expect(strokes).toHaveLength(2);
    expect(strokes.map((s) => s.lineDash)).toEqual([
      [4, 4],
      [4, 4],
    ]);
    expect(strokes.map((s) => s.strokeStyle)).toEqual(['purple', 'purple']);
    expect(strokes[0]!.lineDashOffset).toBe(0);
    // Three sides (3 × 128 world px) at 2 canvas px per world px before the second run starts.
    expect(strokes[1]!.lineDashOffset).toBeCloseTo(3 * 128 * 2, 6);
    const moves = ctx.named('moveTo');
    expectCloseAll(moves[0]!.args, [128, 128]);
    expectCloseAll(moves[1]!.args, [128, 384]);
    expect(ctx.named('beginPath').length).toBeGreaterThanOrEqual(2);
    // The dash state is reset before the points are drawn.
    expect(ctx.lineDashOffset).toBe(0);
    expect(ctx.named('setLineDash').at(-1)!.args).toEqual([[]]);
  });

  it('continues the dash pattern on the neighbouring tile', () => {
    // A straight line along world y = 64 from x = 64 to 192 in 10° steps, over tiles (0, 0, 1) and (1, 0, 1).
    const line: Position[] = Array.from({ length: 19 }, (_, i) => [-90 + 10 * i, LAT_64]);
    const data = packCloud([], [{ line, color: 'purple', dashed: true }]);
    const left = paint(data, 0, 0, 1).named('stroke');
    const right = paint(data, 1, 0, 1).named('stroke');
    expect(left.map((s) => s.lineDashOffset)).toEqual([0]);
    // The right tile's run starts at lon −10 (its margin reaches 2.5 world px west of x = 128): 80° drawn before it.
    expect(right).toHaveLength(1);
    expect(right[0]!.lineDashOffset).toBeCloseTo((80 / 360) * 256 * 2, 9);
  });

  it('strokes a solid line once per style, with no dash offset', () => {
    const ctx = paint(packCloud([], [{ line: loop, color: 'olive', dashed: false }]), 0, 0, 1);
    const strokes = ctx.named('stroke');
    expect(strokes).toHaveLength(1);
    expect(strokes[0]!.lineDash).toEqual([]);
    expect(strokes[0]!.strokeStyle).toBe('olive');
    expect(strokes[0]!.globalAlpha).toBe(0.45);
    expect(strokes[0]!.lineWidth).toBe(1);
    expect(ctx.named('lineDashOffset=').every((c) => c.args[0] === 0)).toBe(true);
    // Both runs in the one path: two moveTo, one lineTo each.
    expect(ctx.named('moveTo')).toHaveLength(2);
    expect(ctx.named('lineTo')).toHaveLength(2);
  });

  it('skips lines whose box misses the tile', () => {
    // Tile (2, 0, 3) is world [64, 96] × [0, 32]: inside the layer's east–west extent, above the loop.
    const ctx = paint(packCloud([], [{ line: loop, color: 'olive', dashed: true }]), 2, 0, 3);
    expect(ctx.named('strokeStyle=')).not.toEqual([]);
    expect(ctx.named('moveTo')).toEqual([]);
    expect(ctx.named('stroke')).toEqual([]);
  });

  it('draws nothing of a line whose box covers the tile but whose segments pass around it', () => {
    // Tile (3, 3, 3) is world [96, 128]²: inside the loop.
    const ctx = paint(packCloud([], [{ line: loop, color: 'olive', dashed: true }]), 3, 3, 3);
    expect(ctx.named('moveTo')).toEqual([]);
    expect(ctx.named('stroke')).toEqual([]);
  });
});

describe('levelFor', () => {
  const level = (minZoom: number) => packPolygons(minZoom, []);
  const data = (levels: number[]): PolygonLayerData => ({ kind: 'polygons', levels: levels.map(level), styles: [], styleIndex: levels.map(() => new Uint16Array()) });

  it('picks the last level whose minZoom the zoom reaches', () => {
    const d = data([0, 3, 6]);
    expect([0, 1, 2, 3, 5, 6, 18].map((z) => levelFor(d, z)!.minZoom)).toEqual([0, 0, 0, 3, 3, 6, 6]);
  });

  it('falls back to the first level below every minZoom, and to nothing without levels', () => {
    expect(levelFor(data([2, 5]), 0)!.minZoom).toBe(2);
    expect(levelFor(data([]), 4)).toBeUndefined();
  });
});

describe('paintTile: polygons', () => {
  const styles: PolygonStyle[] = [
    { fill: '#eee', stroke: '#999', strokeWidth: 0.5 },
    { fill: '#fc0', stroke: '#a80', strokeWidth: 1 },
    { fill: '#0cf', stroke: '#08a', strokeWidth: 2 },
  ];
  const poly = (ring: Position[]): { geometry: MultiPolygon } => ({ geometry: { type: 'MultiPolygon', coordinates: [[ring]] } });
  // Near (0°, 0°) = world (128, 128): on tile (2, 1, 2) at z = 2 and (4, 3, 3) at z = 3.
  const coarse = poly([
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 0],
  ]);
  const detail = poly([
    [0, 0],
    [10, 0],
    [10, 5],
    [10, 10],
    [5, 5],
    [0, 0],
  ]);
  const faraway = poly([
    [-100, -40],
    [-90, -40],
    [-90, -30],
    [-100, -40],
  ]);
  const layer: PolygonLayerData = {
    kind: 'polygons',
    levels: [packPolygons(0, [coarse, faraway]), packPolygons(3, [detail, faraway])],
    styles,
    styleIndex: [new Uint16Array([1, 2]), new Uint16Array([1, 2])],
  };

  it('draws the coarse level below zoom 3 and the detail level from zoom 3', () => {
    const z2 = paint(layer, 2, 1, 2);
    expect(z2.named('moveTo')).toHaveLength(1);
    expect(z2.named('lineTo')).toHaveLength(3);
    // canvas = world · 4 − (512, 256): lon 0, lat 0 → (0, 256).
    expectCloseAll(z2.named('moveTo')[0]!.args, [0, 256]);
    const z3 = paint(layer, 4, 3, 3);
    expect(z3.named('moveTo')).toHaveLength(1);
    expect(z3.named('lineTo')).toHaveLength(5);
    // canvas = world · 8 − (1024, 768): lon 0, lat 0 → (0, 256).
    expectCloseAll(z3.named('moveTo')[0]!.args, [0, 256]);
    const [x5, y5] = [128 + (5 / 360) * 256, 128 - (128 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (5 * Math.PI) / 360))];
    expectCloseAll(z3.named('lineTo')[3]!.args, [x5 * 8 - 1024, y5 * 8 - 768]);
  });

  it('fills and strokes only the styles with a feature on the tile', () => {
    const ctx = paint(layer, 2, 1, 2);
    const fills = ctx.named('fill');
    expect(fills).toHaveLength(1);
    expect(fills[0]!.args).toEqual(['evenodd']);
    expect(fills[0]!.fillStyle).toBe('#fc0');
    const strokes = ctx.named('stroke');
    expect(strokes).toHaveLength(1);
    expect(strokes[0]!.strokeStyle).toBe('#a80');
    expect(strokes[0]!.lineWidth).toBe(1);
    expect(ctx.named('closePath')).toHaveLength(1);
  });

  it('draws every ring of a feature, a hole included, in one even-odd path', () => {
    const holed = poly([]);
    holed.geometry.coordinates = [
      [
        [
          [0, 0],
          [20, 0],
          [20, 20],
          [0, 0],
        ],
        [
          [5, 2],
          [15, 2],
          [15, 10],
          [5, 2],
        ],
      ],
    ];
    const data: PolygonLayerData = { kind: 'polygons', levels: [packPolygons(0, [holed])], styles, styleIndex: [new Uint16Array([0])] };
    const ctx = paint(data, 0, 0, 0);
    expect(ctx.named('moveTo')).toHaveLength(2);
    expect(ctx.named('closePath')).toHaveLength(2);
    expect(ctx.named('fill')).toHaveLength(1);
  });

  it('drops ring vertices under most of a canvas pixel but keeps the closing one', () => {
    // 0.5° is about 0.36 world px: under 0.8 canvas px at z = 0, over it at z = 2 (scale 4).
    const jitter = poly([
      [0, 0],
      [0.5, 0],
      [10, 0],
      [10, 10],
      [10, 10.5],
      [0, 0],
    ]);
    const data: PolygonLayerData = { kind: 'polygons', levels: [packPolygons(0, [jitter])], styles, styleIndex: [new Uint16Array([0])] };
    // At z = 0, (0.5, 0) and (10, 10.5) go; the last vertex stays.
    expect(paint(data, 0, 0, 0).named('lineTo')).toHaveLength(3);
    // At z = 2 (the ring lies inside tile (2, 1, 2)) every vertex is drawn.
    expect(paint(data, 2, 1, 2).named('lineTo')).toHaveLength(5);
  });

  it('issues no fill for a tile with no features on it', () => {
    const ctx = paint(layer, 0, 0, 2);
    expect(ctx.named('fill')).toEqual([]);
    expect(ctx.named('stroke')).toEqual([]);
  });

  it('draws nothing for a layer without levels', () => {
    const empty: PolygonLayerData = { kind: 'polygons', levels: [], styles, styleIndex: [] };
    expect(paint(empty, 0, 0, 0).calls.map((c) => c.name)).toEqual(['setTransform', 'clearRect', 'setTransform']);
  });
});

describe('basemap names (labels layer)', () => {
  const json = (rows: [string, number, number, string, number][]): LabelsJson => ({ labels: rows, stateLines: [], stateLinesMinZoom: 3 });
  const drawnTexts = (ctx: RecordingContext) => ctx.named('fillText').map((c) => c.args[0]);

  it('shows a name from its zoom on, not before', () => {
    const data = packLabels(json([['Atlantis', lonAt(128), 0, 'country', 3]]));
    expect(drawnTexts(paint(data, 1, 1, 2))).toEqual([]);
    // At zoom 3 the point (world x 128, the equator) is the corner of tiles 3 and 4: both draw the name.
    const left = paint(data, 3, 4, 3);
    const right = paint(data, 4, 4, 3);
    expect(drawnTexts(left)).toEqual(['Atlantis']);
    expect(drawnTexts(right)).toEqual(['Atlantis']);
    // The same point of the world on both tiles: 256 px apart in tile coordinates.
    expect((left.named('fillText')[0]!.args[1] as number) - (right.named('fillText')[0]!.args[1] as number)).toBeCloseTo(256, 6);
  });

  it('declutters: of two names on the same spot only the first (higher priority) shows; apart, both do', () => {
    const data = packLabels(
      json([
        ['Russia', 100, 60, 'country', 1],
        ['Siberia', 100.5, 60.2, 'city', 1],
        ['Japan', 138, 36, 'country', 1],
      ]),
    );
    const placed = placeLabels(new RecordingContext(), data, 1, 256).map((p) => data.texts[p.index]);
    expect(placed).toEqual(['Russia', 'Japan']);
    const closer = placeLabels(new RecordingContext(), data, 8, 256).map((p) => data.texts[p.index]);
    expect(closer).toEqual(['Russia', 'Siberia', 'Japan']);
  });

  it('property: at every zoom, no two placed names overlap', () => {
    const rows: [string, number, number, string, number][] = Array.from({ length: 400 }, (_, i) => [
      `Place ${i}`,
      ((i * 97) % 360) - 180,
      ((i * 37) % 140) - 70,
      ['country', 'city', 'capital', 'sea'][i % 4]!,
      1 + (i % 6),
    ]);
    const data = packLabels(json(rows));
    for (let z = 1; z <= 7; z++) {
      const boxes = placeLabels(new RecordingContext(), data, z, 256).map((p) => p.box);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `zoom ${z}: ${i} / ${j}`).toBe(false);
        }
      }
    }
  });

  it('skips malformed rows instead of failing', () => {
    const data = packLabels({ labels: [['Ok', 0, 0, 'city', 3], ['Bad', Number.NaN, 0, 'city', 3], ['Odd', 0, 0, 'planet', 3]] as never, stateLines: [[1, 2]], stateLinesMinZoom: 3 });
    expect(data.texts).toEqual(['Ok']);
    expect(data.lineStart).toEqual(new Uint32Array([0]));
    // A page that embeds no names hands over `null`: no names, no failure.
    expect(packLabels(null).texts).toEqual([]);
  });
});

describe('basemap names beside the article', () => {
  it("leaves out the names the article's markers show: the same name, or a city at a marker's spot", () => {
    const data = packLabels(
      {
        labels: [
          ['Russia', 99, 61.7, 'country', 1],
          ['Moscow', 37.62, 55.75, 'capital', 2],
          ['Washington, D.C.', -77.04, 38.9, 'capital', 2],
          ['Baltimore', -76.61, 39.29, 'city', 5],
          ['Pacific Ocean', -150, 5, 'ocean', 1],
        ],
        stateLines: [],
        stateLinesMinZoom: 3,
      },
      [
        { name: 'Russia', position: [100, 60] },
        { name: 'moscow', position: [37.6, 55.7] },
        { name: 'Washington', position: [-77.036, 38.895] },
      ],
    );
    expect(data.texts).toEqual(['Baltimore', 'Pacific Ocean']);
  });
});
