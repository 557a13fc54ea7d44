/**
 * Saving text as a file the browser downloads (an object URL and a temporary link).
 */

/**
 * Offer `text` as a download named `filename`.
 * @example downloadText('{"a":1}', 'data.json', 'application/json');
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
