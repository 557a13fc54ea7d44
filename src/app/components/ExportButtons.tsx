import { useState } from 'react';
import type { AtlasCollection } from '../../core/geojson/types';
import { buildExport } from '../lib/exportGeojson';

export interface ExportButtonsProps {
  collection: AtlasCollection | null;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers / insecure contexts: a hidden textarea and execCommand.
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

/**
 * "Export GeoJSON" (download named after the article) and "Copy" (same text to the clipboard).
 * @example <ExportButtons collection={collection} />
 */
export function ExportButtons({ collection }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const disabled = !collection;

  const download = () => {
    if (!collection) return;
    const { json, filename } = buildExport(collection);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/geo+json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Saved ${filename}`);
  };

  const copy = async () => {
    if (!collection) return;
    try {
      await copyText(buildExport(collection).json);
      setStatus('Copied GeoJSON to the clipboard');
    } catch (error) {
      setStatus(`Could not copy: ${(error as Error).message}`);
    }
  };

  return (
    <div className="export-buttons">
      <button type="button" onClick={download} disabled={disabled}>
        Export GeoJSON
      </button>
      <button type="button" onClick={copy} disabled={disabled}>
        Copy
      </button>
      <span className="status" role="status">
        {status}
      </span>
    </div>
  );
}
