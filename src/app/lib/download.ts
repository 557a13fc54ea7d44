/** Saving a file the app made: a blob: URL on a temporary link (no server, no network). */

/**
 * Start the browser's download of `data` as `filename`.
 * @example saveFile('a.csv', csvText, 'text/csv;charset=utf-8');
 */
export function saveFile(filename: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Put text on the clipboard; where the Clipboard API is missing (older browsers, insecure contexts) a
 * hidden textarea and execCommand.
 * @example await copyText('https://…');
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}
