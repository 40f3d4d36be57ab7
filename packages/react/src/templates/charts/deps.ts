// What the chart chunk uses from the rest of the kit, bound when it loads (see templates/kit.ts and
// kore-widgets/deps.ts for why it imports none of the entry's modules).
import type { TemplateKit } from '../kit';

const kit = {} as TemplateKit;

/** Called by the registry's loader before a chart renders. */
export function install(from: TemplateKit): void {
  Object.assign(kit, from);
}

type Fn<K extends keyof TemplateKit> = TemplateKit[K];

export const useTemplateStrings: Fn<'useTemplateStrings'> = () => kit.useTemplateStrings();
export const useChatI18n: Fn<'useChatI18n'> = () => kit.useChatI18n();
export const format: Fn<'format'> = (...args) => kit.format(...args);
export const text: Fn<'text'> = (value) => kit.text(value);
export const firstText: Fn<'firstText'> = (...args) => kit.firstText(...args);
export const list: Fn<'list'> = (value) => kit.list(value);
export const records: Fn<'records'> = (value) => kit.records(value);
