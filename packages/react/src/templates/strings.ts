import { useMemo } from 'react';
import { useChatI18n } from '../i18n';

/**
 * Every string the templates show, in English. `{name}` placeholders are filled by `format()`. The kit's
 * `ChatI18nProvider` strings win over these when they hold the same keys, so locales and apps can translate them.
 */
export const templateStringsEn = {
  opensInNewTab: ' (opens in a new tab)',
  showMore: 'Show more ({count})',
  showMoreRows: 'Show more rows ({count})',
  carousel: 'Carousel, {count} cards',
  carouselWithText: '{text} ({count} cards)',
  cardPosition: '{title} ({index} of {count})',
  card: 'Card',
  previousCard: 'Previous card',
  nextCard: 'Next card',
  items: 'Items',
  table: 'Table',
  chartSeries: 'Series',
  chartValue: 'Value',
  templateUnavailable: 'This message has content that cannot be shown here.',
  attachmentUnavailable: 'An attachment that cannot be shown.',
  image: 'Image',
  audio: 'Audio',
  video: 'Video',
  download: 'Download {name}',
  form: 'Form',
  submit: 'Submit',
  confirm: 'Confirm',
  answered: 'Sent',
  fieldRequired: '{label} is required.',
  field: 'Field {index}',
  chooseDate: 'Choose a date',
  chooseDates: 'Choose dates',
  dateFrom: 'From',
  dateTo: 'To',
  dateMissing: 'Choose a date.',
  dateBetween: 'Choose a date from {min} to {max}.',
  dateAfter: 'Choose {min} or later.',
  dateBefore: 'Choose {max} or earlier.',
  dateSentAs: 'Sent as {format}',
  choose: 'Choose',
  selectPlaceholder: 'Select…',
  chooseOne: 'Choose an option.',
  chooseSome: 'Choose at least one option.',
  feedbackQuestion: 'How did we do?',
  feedbackThanks: 'Thank you for your feedback.',
  stars: '{value} of {count} stars',
  feedbackTerrible: 'Terrible',
  feedbackBad: 'Bad',
  feedbackOkay: 'Okay',
  feedbackGood: 'Good',
  feedbackAwesome: 'Awesome',
  feedbackYes: 'Yes',
  feedbackNo: 'No',
};

export type TemplateStrings = typeof templateStringsEn;

/** The template strings in force: English, overridden by any same-named strings of the `ChatI18nProvider`. */
export function useTemplateStrings(): TemplateStrings {
  const { strings } = useChatI18n();
  return useMemo(() => ({ ...templateStringsEn, ...strings }), [strings]);
}

export { format } from '../i18n';
