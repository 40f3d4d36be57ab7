import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTemplateStrings } from './strings';

/** What a template shows when it cannot be drawn: its text, or a sentence saying so. Never blank. */
export function TemplateFallback({ text, templateType }: { text: string; templateType: string }) {
  const unavailable = useTemplateStrings().templateUnavailable;
  return (
    <div className="xo-tpl-fallback" role="note" data-template={templateType}>
      {text.trim() !== '' ? text : unavailable}
    </div>
  );
}

/** While a lazily loaded renderer's code arrives: the template's text, marked busy, so nothing jumps to blank. */
export function TemplateLoading({ text, templateType }: { text: string; templateType: string }) {
  return (
    <div className="xo-tpl-loading" aria-busy="true" data-template={templateType}>
      {text}
    </div>
  );
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
  onError?: (error: unknown) => void;
}

/** Keeps one broken renderer from taking the transcript down with it. */
export class TemplateErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
