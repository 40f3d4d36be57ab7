// Kore's list, card and search templates: one lazy chunk, loaded the first time a bot sends one of them.
export { AdvancedListTemplate } from './AdvancedListTemplate';
export { AdvancedMultiListTemplate } from './AdvancedMultiListTemplate';
export { AnswerTemplate } from './AnswerTemplate';
export { ArticleTemplate } from './ArticleTemplate';
export { CardTemplate } from './CardTemplate';
export { CheckListTemplate } from './CheckListTemplate';
export { CustomTableTemplate } from './CustomTableTemplate';
export { ListWidget } from './ListWidget';
export { SearchTemplate } from './SearchTemplate';
export { TableListTemplate } from './TableListTemplate';
export { TaskPickerTemplate } from './TaskPickerTemplate';
export { install } from './deps';
