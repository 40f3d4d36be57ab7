// The kit's own renderers beyond buttons, quick replies and text (cards, lists, forms, pickers, feedback,
// tables): one lazy chunk,
// fetched the first time a bot sends one of them, so the window's first load does not pay for them.
export { AdvancedMultiSelectTemplate, DropdownTemplate, MultiSelectTemplate, RadioOptionTemplate } from './ChoiceTemplates';
export { DateRangeTemplate, DateTemplate } from './DateTemplate';
export { FeedbackTemplate } from './FeedbackTemplate';
export { FormTemplate } from './FormTemplate';
export { MiniTableTemplate } from './MiniTable';
export { TableTemplate } from './TableTemplate';
export { CarouselTemplate } from './Carousel';
export { ListTemplate } from './ListTemplate';
export { ErrorTemplate } from './ErrorTemplate';
