/** What the e2e global setup hands to the tests (vitest `provide` / `inject`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app on 127.0.0.1, e.g. "http://127.0.0.1:41234/". */
    appUrl: string;
    /** The build's output directory (the bundle-size test reads it). */
    appOutDir: string;
  }
}

export {};
