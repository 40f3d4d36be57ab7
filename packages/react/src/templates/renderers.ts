// `@xo-chat/react/templates`: every renderer of the default registry, for apps that wrap, extend or reuse one.
// They live in their own entry because the root entry must not import the ones the registry loads lazily
// (a bundler keeps a statically reachable module in the first chunk).
export { ButtonTemplate } from './ButtonTemplate';
export { CarouselTemplate } from './Carousel';
export type { CarouselTemplateProps } from './Carousel';
export { ListTemplate } from './ListTemplate';
export { TableTemplate } from './TableTemplate';
export { MiniTableTemplate } from './MiniTable';
export { FormTemplate } from './FormTemplate';
export { DateTemplate, DateRangeTemplate } from './DateTemplate';
export { FeedbackTemplate } from './FeedbackTemplate';
export { DropdownTemplate, RadioOptionTemplate, MultiSelectTemplate, AdvancedMultiSelectTemplate } from './ChoiceTemplates';
// The SVG charts the window draws (lazy: their code loads the first time one renders).
export { ChartTemplate } from './defaults';
export { SystemTemplate, WaitForResponseTemplate, LiveAgentTemplate } from './TextTemplates';
export { ErrorTemplate } from './ErrorTemplate';
export type { TemplateActions, TemplateRegistry, TemplateRenderer, TemplateRendererProps } from './types';

// The registry, its parts and the helpers renderers are built from (also for an app's own renderers).
export {
  defaultTemplates,
  TemplatesProvider,
  useTemplates,
  MessageParts,
  Attachment,
  TemplateFallback,
  QuickReplyChips,
  findQuickReplies,
  readQuickReplies,
  useTemplateActions,
  Markdown,
  lazyTemplate,
  preloadTemplates,
  templateStringsEn,
  useTemplateStrings,
} from './index';
export type { QuickReply, Choice, MarkdownProps, TemplateStrings } from './index';
export { CardBody, readCard } from './Card';
export { ChoiceButton, ChoiceList, NewTabHint } from './ChoiceButton';
/** URL safety: what a template may link to (`isSafeUrl`) or load as media (`isMediaUrl`). */
export { isSafeUrl, isMediaUrl } from './safe-url';
export { openSafeUrl, useAnswered } from './actions';
export { readChoice, readChoices } from './payload';
