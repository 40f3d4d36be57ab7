// What this chunk uses from the rest of the kit, bound when the chunk loads (see templates/kit.ts): importing
// those modules here would make the bundler split them into a chunk shared with the entry, and the cross-chunk
// bindings would cost the up-front bundle more than these renderers save.
import { createElement } from 'react';
import type { TemplateKit } from '../kit';

const kit = {} as TemplateKit;

/** Called by the registry's loader before any renderer of this chunk renders. */
export function install(from: TemplateKit): void {
  Object.assign(kit, from);
}

type Fn<K extends keyof TemplateKit> = TemplateKit[K];

export const Markdown: Fn<'Markdown'> = (props) => createElement(kit.Markdown, props);
export const ChoiceButton: Fn<'ChoiceButton'> = (props) => createElement(kit.ChoiceButton, props);
export const NewTabHint: Fn<'NewTabHint'> = () => createElement(kit.NewTabHint);
export const useTemplateStrings: Fn<'useTemplateStrings'> = () => kit.useTemplateStrings();
export const useChatI18n: Fn<'useChatI18n'> = () => kit.useChatI18n();
export const format: Fn<'format'> = (...args) => kit.format(...args);
export const useAnswered: Fn<'useAnswered'> = (...args) => kit.useAnswered(...args);
export const mediaUrl: Fn<'mediaUrl'> = (value) => kit.mediaUrl(value);
export const readQuickReplies: Fn<'readQuickReplies'> = (part) => kit.readQuickReplies(part);
export const text: Fn<'text'> = (value) => kit.text(value);
export const firstText: Fn<'firstText'> = (...args) => kit.firstText(...args);
export const record: Fn<'record'> = (value) => kit.record(value);
export const records: Fn<'records'> = (value) => kit.records(value);
