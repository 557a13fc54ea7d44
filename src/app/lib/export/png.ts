/**
 * A PNG of the map as it is on screen, drawn onto one canvas from what the page already has: the basemap's
 * canvas tiles, the SVG of routes and borders (as an image from a blob: URL, which the page's CSP allows),
 * the markers and labels (redrawn from their computed styles), then a title, the legend and the credits.
 * Nothing is fetched, so it works offline; tiles from another origin (the optional OSM layer) are left out
 * rather than tainting the canvas.
 */
import { LINE_COLORS, MARKER_ORDER, MARKER_STYLES } from '../placeStyle';

export interface MapImageOptions {
  title: string;
  /** Credits, as plain text (the attribution control's text). */
  attribution: string;
  /** Device pixels per CSS pixel (2 gives a sharp image on any screen). */
  scale?: number;
}

type Rect = { x: number; y: number; w: number; h: number };

function rectIn(el: Element, origin: DOMRect): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

const visible = (r: Rect, w: number, h: number) => r.w > 0 && r.h > 0 && r.x < w && r.y < h && r.x + r.w > 0 && r.y + r.h > 0;

function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement | null> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Leaflet places the SVG with a CSS transform; in an image it would move the drawing inside its own box.
  copy.removeAttribute('style');
  // Leaflet styles paths with attributes; classes' CSS (hover, selection) is copied as inline style.
  const originals = svg.querySelectorAll('path');
  copy.querySelectorAll('path').forEach((path, i) => {
    const style = getComputedStyle(originals[i]!);
    path.setAttribute('stroke', style.stroke);
    path.setAttribute('stroke-width', style.strokeWidth);
    path.setAttribute('stroke-opacity', style.strokeOpacity);
    path.setAttribute('stroke-dasharray', style.strokeDasharray === 'none' ? '' : style.strokeDasharray);
    path.setAttribute('fill', style.fill);
    path.setAttribute('fill-opacity', style.fillOpacity);
    path.removeAttribute('class');
  });
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      resolve(null);
    };
    img.src = url;
  });
}

function roundedRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

function drawMarker(ctx: CanvasRenderingContext2D, el: HTMLElement, r: Rect): void {
  const style = getComputedStyle(el);
  const round = parseFloat(style.borderTopLeftRadius) >= r.w / 2 - 0.5 || style.borderTopLeftRadius.endsWith('%');
  ctx.save();
  ctx.globalAlpha = Number(style.opacity) || 1;
  roundedRect(ctx, r, round ? r.w / 2 : Math.min(3, r.w / 4));
  ctx.fillStyle = style.backgroundColor;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = style.borderTopColor || '#fff';
  ctx.stroke();
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(0,0,0,0.45)';
  roundedRect(ctx, { x: r.x - 0.5, y: r.y - 0.5, w: r.w + 1, h: r.h + 1 }, round ? r.w / 2 + 0.5 : 3);
  ctx.stroke();
  ctx.restore();
}

function drawText(ctx: CanvasRenderingContext2D, el: HTMLElement, r: Rect): void {
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || !el.textContent) return;
  ctx.save();
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.textBaseline = 'middle';
  const transform = style.transform;
  const background = style.backgroundColor;
  if (background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
    ctx.fillStyle = background;
    roundedRect(ctx, r, 3);
    ctx.fill();
  }
  ctx.fillStyle = style.color;
  if (transform && transform !== 'none') {
    // The direction arrow is a rotated glyph: rotate about its centre.
    const m = new DOMMatrix(transform);
    ctx.translate(r.x + r.w / 2, r.y + r.h / 2);
    ctx.rotate(Math.atan2(m.b, m.a));
    ctx.textAlign = 'center';
    ctx.fillText(el.textContent, 0, 0);
  } else {
    ctx.fillText(el.textContent, r.x + (parseFloat(style.paddingLeft) || 0), r.y + r.h / 2);
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, height: number): void {
  const rows: { label: string; draw: (x: number, y: number) => void }[] = MARKER_ORDER.map((cls) => ({
    label: MARKER_STYLES[cls].label,
    draw: (x, y) => {
      ctx.fillStyle = MARKER_STYLES[cls].color;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2;
      roundedRect(ctx, { x, y: y - 6, w: 12, h: 12 }, cls === 'capital' || cls === 'city' ? 6 : 2);
      ctx.fill();
      ctx.stroke();
    },
  }));
  const line = (color: string, dash: number[], width: number) => (x: number, y: number) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x - 4, y);
    ctx.lineTo(x + 18, y);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  rows.push(
    { label: 'Route (happened)', draw: line(LINE_COLORS.route, [], 3) },
    { label: 'Route (planned or proposed)', draw: line(LINE_COLORS.route, [6, 4], 3) },
    { label: 'Border', draw: line(LINE_COLORS.border, [], 4) },
  );
  ctx.font = '12px system-ui, sans-serif';
  const width = 36 + Math.max(...rows.map((r) => ctx.measureText(r.label).width));
  const box = { x: 10, y: height - 40 - rows.length * 18 - 12, w: width, h: rows.length * 18 + 10 };
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  roundedRect(ctx, box, 6);
  ctx.fill();
  rows.forEach((row, i) => {
    const y = box.y + 14 + i * 18;
    ctx.save();
    row.draw(box.x + 10, y);
    ctx.restore();
    ctx.fillStyle = '#222';
    ctx.textBaseline = 'middle';
    ctx.fillText(row.label, box.x + 32, y);
  });
}

function drawBanner(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, font: string, align: 'left' | 'right'): void {
  ctx.font = font;
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > maxWidth) shown = `${shown.slice(0, Math.floor(shown.length * 0.9))}…`;
  const w = ctx.measureText(shown).width;
  const left = align === 'left' ? x : x - w - 12;
  ctx.fillStyle = 'rgba(255,255,255,0.88)';
  ctx.fillRect(left, y - 11, w + 12, 22);
  ctx.fillStyle = '#222';
  ctx.textBaseline = 'middle';
  ctx.fillText(shown, left + 6, y);
}

/**
 * Draw the map container's current view, with title, legend and credits, as a PNG blob.
 * @example const blob = await mapImage(map.getContainer(), { title, attribution: '© …' });
 */
export async function mapImage(container: HTMLElement, options: MapImageOptions): Promise<Blob> {
  const origin = container.getBoundingClientRect();
  const width = Math.round(origin.width);
  const height = Math.round(origin.height);
  const scale = options.scale ?? 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image');
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(container).backgroundColor || '#dde9f2';
  ctx.fillRect(0, 0, width, height);

  // Canvas tiles of every pane (the basemap has a pane of its own, under the overlays), in pane order.
  for (const tile of container.querySelectorAll<HTMLCanvasElement>('canvas.leaflet-tile')) {
    const r = rectIn(tile, origin);
    if (visible(r, width, height) && tile.width > 0) ctx.drawImage(tile, r.x, r.y, r.w, r.h);
  }
  for (const svg of container.querySelectorAll<SVGSVGElement>('.leaflet-overlay-pane svg')) {
    const r = rectIn(svg, origin);
    const img = await svgImage(svg);
    if (img) ctx.drawImage(img, r.x, r.y, r.w, r.h);
  }
  for (const canvasLayer of container.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas')) {
    const r = rectIn(canvasLayer, origin);
    ctx.drawImage(canvasLayer, r.x, r.y, r.w, r.h);
  }
  for (const el of container.querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')) {
    const r = rectIn(el, origin);
    // Arrow and label icons are 0×0 anchors; their parts have the size.
    if (el.classList.contains('place-marker')) {
      if (visible(r, width, height)) drawMarker(ctx, el, r);
    } else for (const part of el.querySelectorAll<HTMLElement>('.route-arrow-head, .route-arrow-label, .border-label')) drawText(ctx, part, rectIn(part, origin));
  }
  drawBanner(ctx, options.title, 10, 20, width - 20, '600 14px system-ui, sans-serif', 'left');
  drawLegend(ctx, height);
  drawBanner(ctx, options.attribution, width - 4, height - 12, width - 20, '10px system-ui, sans-serif', 'right');
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}
