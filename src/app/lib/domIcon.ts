/**
 * Small DOM builders for Leaflet divIcons: content is set with textContent, so text from an article or a
 * file can never become HTML.
 */

/**
 * A route's direction arrow with its distance label (tagged with the route's id, for label placement).
 * @example routeArrowElement(45, '5,793 km', false, 'route:0')
 */
export function routeArrowElement(angleDeg: number, label: string, planned: boolean, routeId?: string): HTMLElement {
  const root = document.createElement('div');
  root.className = `route-arrow${planned ? ' is-planned' : ''}`;
  if (routeId !== undefined) root.dataset.routeId = routeId;
  const arrow = document.createElement('div');
  arrow.className = 'route-arrow-head';
  arrow.style.transform = `rotate(${angleDeg.toFixed(1)}deg)`;
  arrow.textContent = '➤';
  const text = document.createElement('div');
  text.className = 'route-arrow-label';
  text.textContent = label;
  root.append(arrow, text);
  return root;
}

/**
 * A label placed on a line (border lengths).
 * @example lineLabelElement('17 km')
 */
export function lineLabelElement(label: string, className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.textContent = label;
  return el;
}
