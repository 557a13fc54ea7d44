import { Component, createContext, type ErrorInfo, type ReactNode } from 'react';
import { escapeControls } from '../../core/text/escape';

/**
 * Changes when the app shows something new (another article or file): every boundary that shows an error
 * then tries its part again.
 */
export const ErrorResetKey = createContext<unknown>(null);

export interface ErrorBoundaryProps {
  /** What the part is, for the message ("map", "Timeline"). */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Longest error text quoted in the message. */
const MAX_DETAIL = 160;

/**
 * Keeps a render error inside one part of the page: that part shows a message, the rest of the app and the
 * article stay. React reports the error to the root's onCaughtError (see reportRenderError), once.
 * @example <ErrorBoundary label="map"><MapView … /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  static override contextType = ErrorResetKey;
  override state: State = { error: null, resetKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidMount(): void {
    this.setState({ resetKey: (this.context as unknown) });
  }

  override componentDidUpdate(): void {
    if ((this.context as unknown) !== this.state.resetKey) this.setState({ error: null, resetKey: (this.context as unknown) });
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Logged by the root's onCaughtError (reportRenderError), not here, so it is logged once.
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const detail = escapeControls(error.message).slice(0, MAX_DETAIL);
    return (
      <p className="message message--error boundary-message" role="alert">
        This part of the page ({this.props.label}) could not be shown: {detail}. The rest still works; open another
        article or file to try again.
      </p>
    );
  }
}
