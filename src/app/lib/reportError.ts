/**
 * The console report of a render error caught by an error boundary: once per error, however often React
 * hands it over (the root's onCaughtError, a retried render, StrictMode's second render).
 */

/** How many reported errors are remembered to keep their repeats quiet. */
const REMEMBERED = 100;
const reported = new Set<string>();

/**
 * Log a caught render error on the console unless the same error was logged already.
 * @example createRoot(el, { onCaughtError: reportRenderError })
 */
export function reportRenderError(error: unknown, info?: { componentStack?: string | null }): void {
  // React renders a failing part once more before giving up: the second throw is a new Error object with
  // the same message in the same component.
  const key = `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n${info?.componentStack ?? ''}`;
  if (reported.has(key)) return;
  reported.add(key);
  if (reported.size > REMEMBERED) reported.delete(reported.values().next().value as string);
  console.error('news-atlas: a part of the page failed to render and shows a message instead.', error, info?.componentStack ?? '');
}
