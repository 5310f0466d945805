/**
 * Catches an error thrown while rendering its children and shows `fallback` in their place, so
 * one bad value blanks one part of the screen, not the whole app. React can only do this in a
 * class component.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface FallbackProps {
  error: unknown;
  /** Renders the children again, for when what failed may have been passing. */
  retry: () => void;
}

interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: (props: FallbackProps) => ReactNode;
  /** When this changes, a caught error is forgotten: the person has moved on to something else. */
  resetKey?: string;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  failed: { error: unknown } | null;
  resetKey: string | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failed: { error } };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  retry = () => this.setState({ failed: null });

  override render() {
    const { failed } = this.state;
    if (!failed) return this.props.children;
    return this.props.fallback({ error: failed.error, retry: this.retry });
  }
}
