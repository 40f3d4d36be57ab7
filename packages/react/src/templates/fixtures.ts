// Template payloads for tests and stories: the demo bot's (good), empty, long, right-to-left and hostile.
import type { JsonObject, JsonValue, TemplatePart } from '@xo-chat/core';

/** A template part as the core builds it from a payload. */
export function templatePart(payload: JsonObject): TemplatePart {
  const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : undefined);
  return {
    type: 'template',
    templateType: str(payload.template_type) || 'unknown',
    payload,
    fallbackText: str(payload.text) ?? str(payload.heading) ?? str(payload.title) ?? '',
  };
}

export const IMG = 'https://example.com/sample.png';
export const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';
export const BAD_URL = 'javascript:alert(1)';
export const LONG = 'A rather long piece of text that keeps going '.repeat(12).trim();
export const RTL = 'مرحبا بك، كيف يمكنني مساعدتك اليوم؟';

const badButtons = (): JsonValue[] => [
  { type: 'web_url', title: XSS, url: BAD_URL },
  { type: 'url', title: 'data link', url: 'data:text/html,<script>alert(1)</script>' },
  { type: 'web_url', title: 'tab link', url: 'java\tscript:alert(1)' },
  { type: 'postback', title: XSS, payload: XSS },
  { type: 'postback', title: 42, payload: { nested: true } },
  null,
  'not a button',
  7,
];

const card = (i: number, extra: JsonObject = {}): JsonObject => ({
  title: `Card ${i}`,
  subtitle: `Subtitle ${i}`,
  image_url: IMG,
  buttons: [{ type: 'postback', title: `Pick ${i}`, payload: `pick-${i}` }],
  ...extra,
});

const hostileCard = (): JsonObject => ({
  title: XSS,
  subtitle: `[bad](${BAD_URL}) ${XSS}`,
  image_url: BAD_URL,
  default_action: { type: 'web_url', url: 'JaVaScRiPt:alert(1)' },
  buttons: badButtons(),
});

export type Variant = 'good' | 'empty' | 'long' | 'rtl' | 'hostile';

export const fixtures: Record<string, Record<Variant, JsonObject>> = {
  button: {
    good: {
      template_type: 'button',
      text: 'Which do you prefer?',
      subText: 'Buttons send a postback or open a link.',
      buttons: [
        { type: 'postback', title: 'Show a carousel', payload: 'carousel' },
        { type: 'web_url', title: 'Open the Kore.ai site', url: 'https://kore.ai' },
      ],
    },
    empty: { template_type: 'button' },
    long: {
      template_type: 'button',
      text: LONG,
      buttons: Array.from({ length: 25 }, (_, i) => ({ type: 'postback', title: `Option ${i + 1} ${i === 0 ? LONG : ''}`, payload: `o${i + 1}` })),
    },
    rtl: { template_type: 'button', text: RTL, buttons: [{ type: 'postback', title: 'نعم', payload: 'yes' }] },
    hostile: { template_type: 'button', text: XSS, subText: { evil: true }, buttons: badButtons() },
  },
  quick_replies: {
    good: {
      template_type: 'quick_replies',
      text: 'How was your day?',
      quick_replies: [
        { content_type: 'text', title: 'Great', payload: 'great' },
        { content_type: 'text', title: 'Fine', payload: 'fine', image_url: IMG },
      ],
    },
    empty: { template_type: 'quick_replies', quick_replies: 'nope' },
    long: {
      template_type: 'quick_replies',
      text: LONG,
      quick_replies: Array.from({ length: 30 }, (_, i) => ({ content_type: 'text', title: `Reply ${i + 1}`, payload: `r${i + 1}` })),
    },
    rtl: { template_type: 'quick_replies', text: RTL, quick_replies: [{ content_type: 'text', title: 'رائع', payload: 'great' }] },
    hostile: {
      template_type: 'quick_replies',
      text: XSS,
      quick_replies: [
        { content_type: 'url', title: XSS, url: BAD_URL, image_url: BAD_URL },
        { content_type: 'text', title: XSS, payload: XSS, image_url: 'data:image/svg+xml,<svg onload=alert(1)>' },
        null,
      ],
    },
  },
  carousel: {
    good: {
      template_type: 'carousel',
      elements: [
        card(1, { default_action: { type: 'web_url', url: 'https://example.com/mountain' } }),
        card(2, { default_action: { type: 'postback', payload: 'list' } }),
        card(3),
      ],
    },
    empty: { template_type: 'carousel', elements: [] },
    long: { template_type: 'carousel', elements: Array.from({ length: 500 }, (_, i) => card(i + 1)) },
    rtl: { template_type: 'carousel', elements: [card(1, { title: RTL, subtitle: RTL }), card(2, { title: RTL })] },
    hostile: { template_type: 'carousel', elements: [hostileCard(), 'junk', null, hostileCard()] },
  },
  list: {
    good: {
      template_type: 'list',
      elements: [
        card(1, { title: 'Classic T-shirt', subtitle: "100% cotton, \\$(19.99,'USD')", default_action: { type: 'web_url', url: 'https://example.com/shirt' } }),
        card(2, { title: 'Hoodie', default_action: { type: 'postback', payload: 'table' }, buttons: [] }),
        card(3, { title: 'Cap', buttons: [] }),
      ],
      buttons: [{ type: 'postback', title: 'View more', payload: 'carousel' }],
    },
    empty: { template_type: 'list', elements: 'none' },
    long: { template_type: 'list', elements: Array.from({ length: 60 }, (_, i) => card(i + 1, { subtitle: LONG })) },
    rtl: { template_type: 'list', elements: [card(1, { title: RTL, subtitle: RTL })] },
    hostile: { template_type: 'list', elements: [hostileCard(), hostileCard()], buttons: badButtons() },
  },
  table: {
    good: {
      template_type: 'table',
      text: 'Your recent orders',
      table_design: 'regular',
      columns: [['Order'], ['Item'], ['Amount', 'right'], ['Status', 'center']],
      elements: [
        { Values: ['#1001', 'T-shirt', '19.99', 'Shipped'] },
        { Values: ['#1002', 'Hoodie', '49.00', 'Packing'] },
      ],
    },
    empty: { template_type: 'table', text: 'Nothing yet' },
    long: {
      template_type: 'table',
      text: 'Many rows',
      columns: [['#'], ['Description']],
      elements: Array.from({ length: 120 }, (_, i) => ({ Values: [String(i + 1), LONG] })),
    },
    rtl: { template_type: 'table', text: RTL, columns: [['الاسم'], ['القيمة', 'right']], elements: [{ Values: ['أ', '١'] }] },
    hostile: {
      template_type: 'table',
      text: XSS,
      columns: [[XSS, 'javascript:'], 'plain', { title: XSS }, 5],
      elements: [{ Values: [XSS, { o: 1 }, null, BAD_URL] }, 'junk', [1, 2]],
    },
  },
  mini_table: {
    good: {
      template_type: 'mini_table',
      text: 'Plans',
      layout: 'horizontal',
      elements: [
        { primary: [['Basic'], ['$5', 'right']], additional: [['Users', '1'], ['Storage', '10 GB']] },
        { primary: [['Team'], ['$20', 'right']], additional: [['Users', '10'], ['Storage', '1 TB']] },
      ],
    },
    empty: { template_type: 'mini_table' },
    long: {
      template_type: 'mini_table',
      text: LONG,
      elements: Array.from({ length: 12 }, (_, i) => ({ primary: [[`Plan ${i}`], [`$${i}`]], additional: [['Notes', LONG]] })),
    },
    rtl: { template_type: 'mini_table', text: RTL, elements: [{ primary: [['أساسي'], ['٥']], additional: [['المستخدمون', '١']] }] },
    hostile: { template_type: 'mini_table', text: XSS, elements: [{ primary: XSS, additional: [[XSS, BAD_URL], 'x', null] }, null] },
  },
  form_template: {
    good: {
      template_type: 'form_template',
      heading: 'Please sign in',
      formFields: [
        { type: 'text', label: 'Name', placeholder: 'Your name', key: 'name', fieldButton: { title: 'Ok' } },
        { type: 'password', label: 'Password', placeholder: 'Your password', key: 'password', fieldButton: { title: 'Ok' } },
      ],
    },
    empty: { template_type: 'form_template', heading: 'Nothing to fill in' },
    long: {
      template_type: 'form_template',
      heading: LONG,
      formFields: Array.from({ length: 8 }, (_, i) => ({ type: 'text', label: `Field ${i + 1} ${LONG.slice(0, 40)}`, key: `f${i}` })),
    },
    rtl: { template_type: 'form_template', heading: RTL, formFields: [{ type: 'text', label: 'الاسم', key: 'name' }] },
    hostile: {
      template_type: 'form_template',
      heading: XSS,
      formFields: [{ type: 'javascript:alert(1)', label: XSS, placeholder: XSS, key: '__proto__' }, null, 'junk'],
    },
  },
  dateTemplate: {
    good: { template_type: 'dateTemplate', title: 'Pick a date', text: 'When should we deliver?', format: 'YYYY-MM-DD', startDate: '2025-01-01', endDate: '2030-12-31' },
    empty: { template_type: 'dateTemplate' },
    long: { template_type: 'dateTemplate', title: LONG, text: LONG, format: 'MM-DD-YYYY' },
    rtl: { template_type: 'dateTemplate', title: RTL, format: 'DD-MM-YYYY' },
    hostile: { template_type: 'dateTemplate', title: XSS, text: XSS, format: '<script>', startDate: BAD_URL, endDate: { x: 1 } },
  },
  daterange: {
    good: { template_type: 'daterange', title: 'Pick your travel dates', text: 'From when to when?', format: 'DD-MM-YYYY', startDate: '01-01-2025', endDate: '31-12-2030' },
    empty: { template_type: 'daterange' },
    long: { template_type: 'daterange', title: LONG, text: LONG, format: 'YYYY/MM/DD' },
    rtl: { template_type: 'daterange', title: RTL, text: RTL, format: 'DD-MM-YYYY' },
    hostile: { template_type: 'daterange', title: XSS, format: 'YYYYYYYY', startDate: '99-99-9999', endDate: XSS },
  },
  feedbackTemplate: {
    good: {
      template_type: 'feedbackTemplate',
      view: 'star',
      text: 'How would you rate this chat?',
      starArrays: [1, 2, 3, 4, 5].map((v) => ({ starId: v, value: v })),
    },
    empty: { template_type: 'feedbackTemplate' },
    long: { template_type: 'feedbackTemplate', view: 'NPS', text: LONG },
    rtl: { template_type: 'feedbackTemplate', view: 'CSAT', text: RTL },
    hostile: {
      template_type: 'feedbackTemplate',
      view: XSS,
      text: XSS,
      starArrays: [{ starId: 1, value: XSS }, null, 'junk'],
    },
  },
};

/** Other templates with a single good payload each. */
export const extraFixtures: Record<string, JsonObject> = {
  emojis: { template_type: 'feedbackTemplate', view: 'emojis', text: 'How was it?' },
  thumbs: {
    template_type: 'feedbackTemplate',
    view: 'ThumbsUpDown',
    text: 'Was this helpful?',
    thumpsUpDownArrays: [
      { thumpUpId: 0, value: 'Extremely Likely', reviewText: 'Helpful' },
      { thumpUpId: 1, value: 'Extremely Unlikely', reviewText: 'Not helpful' },
    ],
  },
  dropdown: {
    template_type: 'dropdown_template',
    heading: 'Choose a size',
    elements: [
      { title: 'Small', value: 's' },
      { title: 'Large', value: 'l' },
    ],
  },
  radio: {
    template_type: 'radioOptionTemplate',
    heading: 'Delivery speed',
    radioOptions: [
      { title: 'Standard', value: 'std', postback: { title: 'Standard', value: 'std' } },
      { title: 'Express', value: 'exp', postback: { title: 'Express', value: 'exp' } },
    ],
  },
  multi: {
    template_type: 'multi_select',
    heading: 'Toppings',
    elements: [
      { title: 'Cheese', value: 'cheese' },
      { title: 'Olives', value: 'olives' },
      { title: 'Basil', value: 'basil' },
    ],
    buttons: [{ title: 'Done', type: 'postback', payload: 'done' }],
  },
  advancedMulti: {
    template_type: 'advanced_multi_select',
    heading: 'Pick brands',
    description: 'Premium brands',
    limit: 1,
    elements: [
      {
        collectionTitle: 'Shoes',
        collection: [
          { title: 'Trail runners', description: 'Light', value: 'trail', image_url: IMG },
          { title: 'Road runners', description: 'Cushioned', value: 'road' },
        ],
      },
      { collectionTitle: 'Bags', collection: [{ title: 'Day pack', value: 'daypack' }] },
    ],
    buttons: [{ title: 'Done', type: 'postback', payload: 'payload' }],
  },
  piechart: {
    template_type: 'piechart',
    text: 'Spending',
    elements: [
      { title: 'Food', value: '40', displayValue: '$40' },
      { title: 'Rent', value: '60', displayValue: '$60' },
    ],
  },
  barchart: {
    template_type: 'barchart',
    text: 'Sales',
    X_axis: ['Q1', 'Q2'],
    elements: [{ title: 'Shirts', values: [10, 20], displayValues: ['10', '20'] }],
  },
  system: { template_type: 'SYSTEM', text: 'An agent will join this conversation shortly.' },
  wait: { template_type: 'wait_for_response', text: 'Looking that up...' },
  agent: { template_type: 'live_agent', text: 'Hi, I am Sam from support.' },
};
