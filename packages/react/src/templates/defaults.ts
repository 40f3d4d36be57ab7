import { ButtonTemplate } from './ButtonTemplate';
import { CarouselTemplate } from './Carousel';
import { ChartTemplate } from './ChartTemplate';
import { DropdownTemplate, MultiSelectTemplate, RadioOptionTemplate } from './ChoiceTemplates';
import { DateRangeTemplate, DateTemplate } from './DateTemplate';
import { FeedbackTemplate } from './FeedbackTemplate';
import { FormTemplate } from './FormTemplate';
import { ListTemplate } from './ListTemplate';
import { MiniTableTemplate } from './MiniTable';
import { QuickRepliesTemplate } from './QuickReplies';
import { TableTemplate } from './TableTemplate';
import { LiveAgentTemplate, SystemTemplate, WaitForResponseTemplate } from './TextTemplates';
import type { TemplateRegistry } from './types';

/** The kit's renderers, by `template_type`. Apps add or replace entries with `TemplatesProvider`. */
export const defaultTemplates: TemplateRegistry = Object.freeze({
  button: ButtonTemplate,
  quick_replies: QuickRepliesTemplate,
  carousel: CarouselTemplate,
  list: ListTemplate,
  listView: ListTemplate,
  table: TableTemplate,
  mini_table: MiniTableTemplate,
  form_template: FormTemplate,
  dateTemplate: DateTemplate,
  daterange: DateRangeTemplate,
  feedbackTemplate: FeedbackTemplate,
  dropdown_template: DropdownTemplate,
  radioOptionTemplate: RadioOptionTemplate,
  multi_select: MultiSelectTemplate,
  advanced_multi_select: MultiSelectTemplate,
  piechart: ChartTemplate,
  barchart: ChartTemplate,
  linechart: ChartTemplate,
  SYSTEM: SystemTemplate,
  wait_for_response: WaitForResponseTemplate,
  live_agent: LiveAgentTemplate,
});
