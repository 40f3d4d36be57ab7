// Sample payloads in Kore's shapes for the kore-lists stories (Storybook runs in the browser and cannot read the
// shared fixture file; these are our own content, not Kore's samples).
import type { JsonObject } from '@xo-chat/core';

export const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';
export const BAD = 'javascript:alert(1)';
const LONG = 'A very long line of text that keeps going to test wrapping and clamping in a narrow chat window. '.repeat(12);
const IMG = 'https://picsum.photos/seed/xo/96';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i + 1));

export const advancedList = {
  normal: {
    template_type: 'advancedListTemplate',
    title: 'Your accounts',
    description: 'Tap an account for details',
    listItems: [
      { title: 'Everyday account', description: 'Balance $1,204.50', icon: IMG, headerOptions: [{ contenttype: 'button', title: 'Open', type: 'postback', payload: 'OPEN_EVERYDAY' }] },
      {
        title: 'Savings', description: 'Goal: new bike', isAccordian: true, isCollapsed: true, view: 'default',
        headerOptions: [{ type: 'icon' }],
        textInformation: [{ title: 'Rate 3.1%' }, { title: 'Terms', type: 'web_url', url: 'https://example.com/terms' }],
        buttonsLayout: { displayLimit: { count: '1' } },
        buttons: [{ type: 'postback', title: 'Transfer', payload: 'TRANSFER' }, { type: 'postback', title: 'Close account', payload: 'CLOSE' }],
      },
      {
        title: 'Alerts', description: 'Choose alerts', isAccordian: true, isCollapsed: false, view: 'options',
        optionsData: [{ type: 'checkbox', label: 'Low balance', value: 'low' }, { type: 'checkbox', label: 'Large payment', value: 'large' }],
        buttons: [{ type: 'postback', btnType: 'confirm', title: 'Save', payload: 'x' }, { type: 'postback', btnType: 'cancel', title: 'Clear', payload: 'x' }],
      },
      { title: 'Card', description: 'Gold card', headerOptions: [{ type: 'text', value: '$40 due' }, { type: 'dropdown', dropdownOptions: [{ title: 'Freeze', type: 'postback', payload: 'FREEZE' }] }] },
    ],
  },
  long: { template_type: 'advancedListTemplate', title: LONG, seeMore: true, listItemDisplayCount: 3, seeMoreTitle: 'See all', listItems: times(30, (i) => ({ title: `Item ${i}`, description: LONG })) },
  empty: { template_type: 'advancedListTemplate', title: 'Nothing here', listItems: [] },
  rtl: { template_type: 'advancedListTemplate', title: 'حساباتك', listItems: [{ title: 'الحساب الجاري', description: 'الرصيد ١٢٠٠', headerOptions: [{ contenttype: 'button', title: 'فتح', type: 'postback', payload: 'OPEN' }] }, { title: 'التوفير', isAccordian: true, isCollapsed: true, view: 'default', textInformation: [{ title: 'الفائدة ٣٪' }] }] },
  hostile: { template_type: 'advancedListTemplate', title: XSS, listItems: [{ title: XSS, description: `[x](${BAD})`, icon: BAD, type: 'web_url', url: BAD, buttons: [{ type: 'url', title: 'Bad', url: BAD }] }, null, 42, { view: 'options', optionsData: 'no' }] },
} satisfies Record<string, unknown>;

export const advancedMultiList = {
  normal: { template_type: 'advancedMultiListTemplate', seeMore: true, listItemDisplayCount: 1, seeMoreTitle: 'More sections', listItems: [{ title: 'Today', subListItems: [{ title: 'Dentist', description: '9:00', type: 'postback', payload: 'DENTIST' }] }, { title: 'Tomorrow', subListItems: [{ title: 'Gym', description: '18:00' }] }] },
  long: { template_type: 'advancedMultiListTemplate', listItems: times(8, (s) => ({ title: `Section ${s}`, subListItems: times(6, (i) => ({ title: `Row ${s}.${i}`, description: LONG })) })) },
  empty: { template_type: 'advancedMultiListTemplate', listItems: [] },
  rtl: { template_type: 'advancedMultiListTemplate', listItems: [{ title: 'اليوم', subListItems: [{ title: 'طبيب الأسنان', description: '٩:٠٠', type: 'postback', payload: 'DENTIST' }] }] },
  hostile: { template_type: 'advancedMultiListTemplate', listItems: [{ title: XSS, subListItems: [{ title: XSS, type: 'url', url: BAD }, 'junk'] }, { subListItems: 7 }] },
} satisfies Record<string, unknown>;

export const card = {
  normal: { template_type: 'cardTemplate', cards: [
    { cardHeading: { title: 'Flight BA 117', description: 'London to New York' }, cardDescription: [{ title: 'Departs 10:40' }, { title: 'Gate 22' }], buttons: [{ type: 'postback', title: 'Check in', payload: 'CHECKIN' }], type: 'action' },
    { cardHeading: { title: 'Hotel', description: 'Two nights' }, type: 'postback', default_action: { title: 'Hotel chosen', payload: 'HOTEL' } },
  ] },
  long: { template_type: 'cardTemplate', cards: times(12, (i) => ({ cardHeading: { title: `Card ${i} ${LONG}` }, cardDescription: times(4, (j) => ({ title: `Row ${j}` })), buttons: [{ type: 'postback', title: `Pick ${i}`, payload: `P${i}` }] })) },
  empty: { template_type: 'cardTemplate', cards: [] },
  rtl: { template_type: 'cardTemplate', cards: [{ cardHeading: { title: 'رحلة ١١٧', description: 'لندن إلى نيويورك' }, buttons: [{ type: 'postback', title: 'تسجيل الوصول', payload: 'CHECKIN' }] }] },
  hostile: { template_type: 'cardTemplate', cards: [{ cardHeading: { title: XSS, icon: BAD }, cardDescription: [{ title: XSS, icon: BAD }], buttons: [{ type: 'url', title: 'Bad', url: BAD }] }, null] },
} satisfies Record<string, unknown>;

export const article = {
  normal: { template_type: 'articleTemplate', displayLimit: 2, seeMoreTitle: 'All articles', elements: times(3, (i) => ({ title: `*Article ${i}*`, description: `How to reset your router, step ${i}. ${LONG}`, createdOn: 'Created: Jan 2nd 2026', updatedOn: 'Updated: Feb 3rd 2026', button: { title: 'Show Article', type: 'postback', payload: `ARTICLE_${i}` } })) },
  long: { template_type: 'articleTemplate', elements: times(20, (i) => ({ title: `Article ${i} ${LONG}`, description: LONG, button: { title: 'Open', type: 'url', url: 'https://example.com' } })) },
  empty: { template_type: 'articleTemplate', elements: [] },
  rtl: { template_type: 'articleTemplate', elements: [{ title: 'إعادة ضبط الموجه', description: 'اتبع هذه الخطوات لإعادة ضبط الموجه.', createdOn: 'أُنشئ: ٢ يناير', button: { title: 'عرض المقال', type: 'postback', payload: 'A1' } }] },
  hostile: { template_type: 'articleTemplate', elements: [{ title: XSS, description: `[x](${BAD}) ${XSS}`, button: { title: 'Go', type: 'url', url: BAD } }, 3] },
} satisfies Record<string, unknown>;

export const listWidget = {
  normal: { template_type: 'listWidget', title: 'Recent payments', description: 'Last 30 days', headerOptions: { type: 'text', text: 'June' }, elements: [
    { title: 'Rent', subtitle: 'Paid', image: { image_type: 'image', image_src: IMG }, value: { type: 'text', text: '$900' }, default_action: { type: 'postback', payload: 'RENT' }, details: [{ description: 'Account ****8455' }], buttonsLayout: { displayLimit: { count: '1' } }, buttons: [{ type: 'postback', title: 'Receipt', payload: 'RECEIPT' }, { type: 'postback', title: 'Dispute', payload: 'DISPUTE' }] },
    { title: 'Phone', subtitle: 'Due', value: { type: 'menu', menu: [{ type: 'postback', title: 'Pay now', payload: 'PAY' }] } },
  ] },
  long: { template_type: 'listWidget', title: LONG, elements: times(25, (i) => ({ title: `Payment ${i}`, subtitle: LONG, value: { type: 'text', text: `$${i}` } })) },
  empty: { template_type: 'listWidget', title: 'No payments', elements: [] },
  rtl: { template_type: 'listWidget', title: 'المدفوعات', elements: [{ title: 'الإيجار', subtitle: 'مدفوع', value: { type: 'text', text: '٩٠٠' }, default_action: { type: 'postback', payload: 'RENT' } }] },
  hostile: { template_type: 'listWidget', title: XSS, headerOptions: { type: 'url', url: { title: 'x', link: BAD } }, elements: [{ title: XSS, image: { image_src: BAD }, details: [{ description: XSS }], buttons: [{ type: 'url', title: 'b', url: BAD }] }] },
} satisfies Record<string, unknown>;

export const checkList = {
  normal: { template_type: 'checkListTemplate', title: 'Onboarding', elements: [{ title: 'First week', taskProgress: '60%', subInformation: [{ title: 'Tasks:', value: '5' }], default_action: { type: 'postback', title: 'First week', payload: 'WEEK1' }, subElements: [{ title: 'Laptop', values: [{ title: 'Status: ', value: 'Done' }], default_action: { type: 'postback', title: 'Laptop', payload: 'LAPTOP' } }] }] },
  long: { template_type: 'checkListTemplate', title: LONG, displayLimit: 3, elements: times(10, (i) => ({ title: `Group ${i}`, taskProgress: `${i * 10}%`, subElements: times(5, (j) => ({ title: `Task ${j}` })) })) },
  empty: { template_type: 'checkListTemplate', title: 'No tasks', elements: [] },
  rtl: { template_type: 'checkListTemplate', title: 'التهيئة', elements: [{ title: 'الأسبوع الأول', taskProgress: '60%', subInformation: [{ title: 'المهام:', value: '٥' }], subElements: [{ title: 'الحاسوب' }] }] },
  hostile: { template_type: 'checkListTemplate', title: XSS, elements: [{ title: XSS, taskProgress: XSS, default_action: { type: 'url', url: BAD, title: 'x' }, subElements: 'no' }] },
} satisfies Record<string, unknown>;

const cells = (i: number) => [[String(i), 'text'], [`Order ${i}`, 'button', { type: 'web_url', title: 'click', url: 'https://example.com/o' }], [`${i * 10}`, 'button', { type: 'postback', title: 'click', payload: `ORDER_${i}` }]];
export const customTable = {
  normal: { template_type: 'custom_table', text: 'Orders', columns: [['#', 'center'], ['Order'], ['Total', 'right']], elements: times(3, (i) => ({ Values: cells(i) })) },
  long: { template_type: 'custom_table', text: 'Many orders', columns: [['#'], ['Order'], ['Total', 'right']], elements: times(40, (i) => ({ Values: cells(i) })) },
  empty: { template_type: 'custom_table', text: 'No orders', columns: [], elements: [] },
  rtl: { template_type: 'custom_table', text: 'الطلبات', columns: [['#'], ['الطلب'], ['المجموع', 'right']], elements: [{ Values: [['١', 'text'], ['طلب', 'text'], ['١٠', 'button', { type: 'postback', payload: 'O1' }]] }] },
  hostile: { template_type: 'custom_table', text: XSS, columns: [[XSS]], elements: [{ Values: [[XSS, 'button', { type: 'web_url', url: BAD }], null] }, 'junk'] },
} satisfies Record<string, unknown>;

export const tableList = {
  normal: { template_type: 'tableList', title: 'Team', elements: [{ sectionHeader: 'Engineering', sectionHeaderDesc: 'Core team', rowItems: [
    { title: { type: 'text', text: { title: 'Ada', subtitle: 'Lead' } }, value: { type: 'text', text: 'On call' }, default_action: { type: 'postback', payload: 'ADA' } },
    { title: { type: 'url', url: { link: 'https://example.com/grace', title: 'Grace', subtitle: 'Compilers' } }, value: { type: 'url', url: { link: 'https://example.com/cv', title: 'CV' } } },
  ] }] },
  long: { template_type: 'tableList', elements: times(4, (s) => ({ sectionHeader: `Section ${s}`, rowItems: times(10, (i) => ({ title: { type: 'text', text: { title: `Row ${i} ${LONG}` } }, value: { type: 'text', text: `${i}` } })) })) },
  empty: { template_type: 'tableList', title: 'Nobody', elements: [] },
  rtl: { template_type: 'tableList', title: 'الفريق', elements: [{ sectionHeader: 'الهندسة', rowItems: [{ title: { type: 'text', text: { title: 'آدا', subtitle: 'قائدة' } }, value: { type: 'text', text: 'مناوبة' } }] }] },
  hostile: { template_type: 'tableList', title: XSS, elements: [{ sectionHeader: XSS, rowItems: [{ title: { type: 'url', url: { link: BAD, title: XSS } }, value: { type: 'url', url: { link: BAD, title: 'v' } } }] }] },
} satisfies Record<string, unknown>;

export const taskPicker = {
  normal: { template_type: 'taskPickerTemplate', heading: 'What do you need?', tasks: [{ title: 'Balance', postback: { title: 'Show my balance', value: 'balance' } }, { title: 'Pay a bill', postback: { title: 'Pay a bill', value: 'pay' } }] },
  long: { template_type: 'taskPickerTemplate', heading: LONG, tasks: times(20, (i) => ({ title: `Task ${i} ${LONG.slice(0, 60)}`, postback: { title: `Task ${i}`, value: `t${i}` } })) },
  empty: { template_type: 'taskPickerTemplate', tasks: [] },
  rtl: { template_type: 'taskPickerTemplate', heading: 'ماذا تحتاج؟', tasks: [{ title: 'الرصيد', postback: { title: 'اعرض رصيدي', value: 'balance' } }] },
  hostile: { template_type: 'taskPickerTemplate', heading: XSS, tasks: [{ title: XSS, icon: BAD, postback: { title: XSS, value: XSS } }, null] },
} satisfies Record<string, unknown>;

const result = (i: number, text = 'How to <span class="highlightText">reset</span> your router &amp; modem') => ({ page_title: `Router help ${i}`, page_url: `https://example.com/help/${i}`, sys_source_name: 'Help centre', page_preview: text });
export const search = {
  normal: { template_type: 'search', graph_answer: { payload: { center_panel: { type: 'paragraph_snippet', data: [{ snippet_title: '*Resetting your router*', snippet_content: 'Hold the reset button for ten seconds.', url: 'https://example.com/reset', source: 'Router guide', snippet_type: 'extractive_model' }] } } }, results: { web: { data: [result(1), result(2)] } } },
  long: { template_type: 'search', results: { web: { data: times(12, (i) => result(i, LONG)) } } },
  empty: { template_type: 'search', results: { web: { data: [] } } },
  rtl: { template_type: 'search', results: { web: { data: [{ page_title: 'مساعدة الموجه', page_url: 'https://example.com/ar', page_preview: 'كيفية <span class="highlightText">إعادة</span> ضبط الموجه' }] } } },
  hostile: { template_type: 'search', graph_answer: { payload: { center_panel: { data: [{ snippet_title: XSS, snippet_content: XSS, url: BAD, source: 'Evil' }] } } }, results: { web: { data: [{ page_title: XSS, page_url: BAD, page_preview: XSS, page_image_url: BAD }] } } },
} satisfies Record<string, unknown>;

const fragment = (t: string, title: string, url: string) => ({ answer_fragment: t, sources: [{ title, url, doc_id: title }] });
export const answer = {
  normal: { template_type: 'answerTemplate', answer_payload: { center_panel: { data: [{ snippet_type: 'generative_model', snippet_content: [fragment('Unplug the router.', 'Router guide', 'https://example.com/router'), fragment('Wait a minute.', 'FAQ', 'https://example.com/faq')] }] } } },
  long: { template_type: 'answerTemplate', answer_payload: { center_panel: { data: [{ snippet_type: 'generative_model', snippet_content: times(15, (i) => fragment(LONG, `Source ${i}`, `https://example.com/${i}`)) }] } } },
  empty: { template_type: 'answerTemplate', answer_payload: {} },
  rtl: { template_type: 'answerTemplate', answer_payload: { center_panel: { data: [{ snippet_type: 'generative_model', snippet_content: [fragment('افصل الموجه.', 'دليل الموجه', 'https://example.com/ar')] }] } } },
  hostile: { template_type: 'answerTemplate', answer_payload: { center_panel: { data: [{ snippet_type: 'generative_model', snippet_content: [fragment(XSS, XSS, BAD), null] }] } } },
} satisfies Record<string, unknown>;

export type Samples = Record<'normal' | 'long' | 'empty' | 'rtl' | 'hostile', JsonObject>;
