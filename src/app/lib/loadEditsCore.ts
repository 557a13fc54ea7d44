/**
 * Loading ./editsCore on demand (a separate chunk), once.
 */
export type EditsCore = typeof import('./editsCore');

let loading: Promise<EditsCore> | null = null;
let loaded: EditsCore | null = null;

/**
 * The edit code, loaded once.
 * @example const { applyEdits } = await loadEditsCore();
 */
export function loadEditsCore(): Promise<EditsCore> {
  loading ??= import('./editsCore').then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/**
 * The edit code if it has loaded, else null.
 * @example loadedEditsCore()?.applyEdits(analysis, edits)
 */
export function loadedEditsCore(): EditsCore | null {
  return loaded;
}
