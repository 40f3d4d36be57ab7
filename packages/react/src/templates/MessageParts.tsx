import type { Message, MessagePart, TemplatePart } from '@xo-chat/core';
import { Suspense } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useTemplateActions } from './actions';
import { Attachment } from './Attachment';
import { TemplateErrorBoundary, TemplateFallback, TemplateLoading } from './Fallback';
import { isTemplateRenderer } from './lazy';
import { useTemplates } from './registry';

function TemplateView({ part, message }: { part: TemplatePart; message: Message }) {
  const registry = useTemplates();
  const actions = useTemplateActions(message, part.templateType);
  // An own-property lookup: a template_type such as `constructor` or `__proto__` must not find a renderer.
  const Renderer = Object.hasOwn(registry, part.templateType) ? registry[part.templateType] : undefined;
  const fallback = <TemplateFallback text={part.fallbackText} templateType={part.templateType} />;
  if (!isTemplateRenderer(Renderer)) return fallback;
  return (
    <TemplateErrorBoundary fallback={fallback}>
      <Suspense fallback={<TemplateLoading text={part.fallbackText} templateType={part.templateType} />}>
        <Renderer part={part} message={message} actions={actions} />
      </Suspense>
    </TemplateErrorBoundary>
  );
}

function PartView({ part, message, locale }: { part: MessagePart; message: Message; locale?: string | undefined }) {
  switch (part.type) {
    case 'text':
      return <Markdown text={part.text} locale={locale} />;
    case 'template':
      return <TemplateView part={part} message={message} />;
    case 'attachment':
      // The user's file until it is uploaded: its name (the upload chips show progress, Cancel and Retry).
      return message.upload && message.upload.status !== 'done' ? <p className="xo-attachment xo-attachment--pending">{part.name}</p> : <Attachment part={part} />;
    default:
      return null;
  }
}

/** Every part of a message: text as markdown, templates through the registry, attachments as media or links. */
export function MessageParts({ message, locale }: { message: Message; locale?: string | undefined }) {
  // A postback's body is a payload for the bot; the user sees the label they picked.
  if (message.from === 'user' && message.renderMsg) {
    return (
      <div className="xo-parts">
        <p className="xo-part xo-part--label">{message.renderMsg}</p>
      </div>
    );
  }
  return (
    <div className="xo-parts">
      {message.parts.map((part, i) => (
        <div className={`xo-part xo-part--${part.type}`} key={i}>
          <PartView part={part} message={message} locale={locale} />
        </div>
      ))}
    </div>
  );
}
