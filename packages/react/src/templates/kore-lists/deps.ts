// Everything this chunk uses from the rest of the kit, bound at load time (see templates/kit.ts): the chunk
// imports no module of the entry bundle, so loading it lazily costs the up-front bundle nothing.
import { createElement } from 'react';
import type { TemplateKit } from '../kit';

const kit = {} as TemplateKit;

/** Called once by the registry's loader, before any renderer of this chunk renders. */
export function install(from: TemplateKit): void {
  Object.assign(kit, from);
}

type Fn<K extends keyof TemplateKit> = TemplateKit[K];

export const Markdown: Fn<'Markdown'> = (props) => createElement(kit.Markdown, props);
export const ChoiceButton: Fn<'ChoiceButton'> = (props) => createElement(kit.ChoiceButton, props);
export const NewTabHint: Fn<'NewTabHint'> = () => createElement(kit.NewTabHint);
export const useTemplateStrings: Fn<'useTemplateStrings'> = () => kit.useTemplateStrings();
export const format: Fn<'format'> = (...args) => kit.format(...args);
export const useAnswered: Fn<'useAnswered'> = (...args) => kit.useAnswered(...args);
export const isSafeUrl: Fn<'isSafeUrl'> = ((url: unknown) => kit.isSafeUrl(url)) as Fn<'isSafeUrl'>;
export const mediaUrl: Fn<'mediaUrl'> = (value) => kit.mediaUrl(value);
export const text: Fn<'text'> = (value) => kit.text(value);
export const firstText: Fn<'firstText'> = (...args) => kit.firstText(...args);
export const list: Fn<'list'> = (value) => kit.list(value);
export const record: Fn<'record'> = (value) => kit.record(value);
export const records: Fn<'records'> = (value) => kit.records(value);
