import { ButtonTemplate } from './ButtonTemplate';
import { templateKit } from './kit';
import { lazyTemplate } from './lazy';
import { QuickRepliesTemplate } from './QuickReplies';
import { LiveAgentTemplate, SystemTemplate, WaitForResponseTemplate } from './TextTemplates';
import type { TemplateRegistry } from './types';

// Forms, pickers, feedback and tables: one lazy chunk of the kit's own renderers (see pickers.ts).
const pickers = () => import('./pickers');
const picker = (name: keyof Awaited<ReturnType<typeof pickers>>) => lazyTemplate(pickers, (m) => m[name]);

// Kore's list, card and search renderers share one chunk, fetched the first time a bot sends one of them, and
// borrow the kit's helpers through templateKit (see kit.ts) rather than importing them.
const koreLists = () =>
  import('./kore-lists').then((m) => {
    m.install(templateKit);
    return m;
  });
const kore = (name: Exclude<keyof Awaited<ReturnType<typeof koreLists>>, 'install'>) => lazyTemplate(koreLists, (m) => m[name]);

// Charts, and Kore widgets only some bots send (pickers, PIN and OTP entry, frames), are one lazy chunk each.
/** `piechart`, `barchart`, `linechart`: SVG charts with a legend and a data table, loaded when a chart arrives. */
export const ChartTemplate = lazyTemplate(
  () => import('./charts').then((m) => (m.install(templateKit), m)),
  (m) => m.ChartTemplate,
);
const widgets = () => import('./kore-widgets').then((m) => (m.install(templateKit), m));
const widget = (name: Exclude<keyof Awaited<ReturnType<typeof widgets>>, 'install' | 'toKoreTime'>) =>
  lazyTemplate(widgets, (m) => m[name]);

/** The kit's renderers, by `template_type`. Apps add or replace entries with `TemplatesProvider`. */
export const defaultTemplates: TemplateRegistry = Object.freeze({
  button: ButtonTemplate,
  quick_replies: QuickRepliesTemplate,
  carousel: picker('CarouselTemplate'),
  list: picker('ListTemplate'),
  listView: picker('ListTemplate'),
  table: picker('TableTemplate'),
  mini_table: picker('MiniTableTemplate'),
  form_template: picker('FormTemplate'),
  dateTemplate: picker('DateTemplate'),
  daterange: picker('DateRangeTemplate'),
  feedbackTemplate: picker('FeedbackTemplate'),
  dropdown_template: picker('DropdownTemplate'),
  radioOptionTemplate: picker('RadioOptionTemplate'),
  multi_select: picker('MultiSelectTemplate'),
  advanced_multi_select: picker('AdvancedMultiSelectTemplate'),
  piechart: ChartTemplate,
  barchart: ChartTemplate,
  linechart: ChartTemplate,
  SYSTEM: SystemTemplate,
  wait_for_response: WaitForResponseTemplate,
  live_agent: LiveAgentTemplate,
  error: picker('ErrorTemplate'),
  advancedListTemplate: kore('AdvancedListTemplate'),
  advancedMultiListTemplate: kore('AdvancedMultiListTemplate'),
  cardTemplate: kore('CardTemplate'),
  articleTemplate: kore('ArticleTemplate'),
  listWidget: kore('ListWidget'),
  checkListTemplate: kore('CheckListTemplate'),
  custom_table: kore('CustomTableTemplate'),
  tableList: kore('TableListTemplate'),
  taskPickerTemplate: kore('TaskPickerTemplate'),
  search: kore('SearchTemplate'),
  answerTemplate: kore('AnswerTemplate'),
  clockTemplate: widget('ClockTemplate'),
  like_dislike: widget('LikeDislikeTemplate'),
  otpValidationTemplate: widget('OtpTemplate'),
  resetPinTemplate: widget('ResetPinTemplate'),
  quick_replies_welcome: widget('WelcomeQuickReplies'),
  bankingFeedbackTemplate: widget('BankingFeedbackTemplate'),
  iframe: widget('IframeTemplate'),
  inline_form: widget('InlineFormTemplate'),
});
