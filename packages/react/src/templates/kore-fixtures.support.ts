// Support for kore-fixtures.test.tsx (not shipped: no index imports it): Kore's sample payloads as they reach a
// client (a live `bot_response` frame and a history item, shaped as Kore's platform shapes them), and, per template
// kind, the strings and media a person sees in Kore's own SDK for that payload.
import type { JsonObject, JsonValue } from '@xo-chat/core';
import { isHttpUrl } from '@xo-chat/core';
import { markdownWords } from '../speech/text';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface KoreFixture {
  id: string;
  /** `button`, `attachment:image`, `inline_form(formData)`, ... */
  template_type: string;
  /** `json`: the payload is what the bot printed as JSON; `text`: `{text}` printed as plain text. */
  kind: 'json' | 'text';
  payload: JsonObject;
  /** The exact string the bot printed, when the source kept it. */
  raw?: string;
  /** A whole `bot_response` frame captured from Kore's platform, when the source had one. */
  frame?: string;
}

/** The repository root (where pnpm-workspace.yaml is), found from the test runner's working directory. */
function repoRoot(dir = process.cwd()): string {
  if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
  const up = dirname(dir);
  if (up === dir) throw new Error('no pnpm-workspace.yaml above the working directory');
  return repoRoot(up);
}

/** `../shared/fixtures/kore-payloads.json` beside the repository, as CI lays it out (never copied in). */
export const FIXTURES_FILE = process.env.KORE_FIXTURES ?? join(repoRoot(), '..', 'shared', 'fixtures', 'kore-payloads.json');

export function loadFixtures(): KoreFixture[] {
  return JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as KoreFixture[];
}

/** What the bot printed: its own string when kept, else the payload as JSON (or the text of a text payload). */
function printed(f: KoreFixture): string {
  if (f.kind === 'text') return typeof f.payload.text === 'string' ? f.payload.text : '';
  return f.raw ?? JSON.stringify(f.payload);
}

/**
 * The fixture as one live frame. A captured frame is used as it is; otherwise the frame Kore's platform sends for
 * a bot's print: JSON in `component: {type: 'template', payload}` and in `cInfo.body`, text as a text component.
 */
export function liveFrame(f: KoreFixture, messageId: string): string {
  if (f.frame) return f.frame;
  const body = printed(f);
  const entry =
    f.kind === 'text'
      ? { type: 'text', component: { type: 'text', payload: { text: body } }, cInfo: { body } }
      : { type: 'text', component: { type: 'template', payload: f.payload }, cInfo: { body } };
  return JSON.stringify({ type: 'bot_response', from: 'bot', messageId, createdOn: '2026-01-01T10:00:00.000Z', message: [entry] });
}

/** The fixture as a history page of one bot item: Kore stores what the bot printed as the item's `data.text`. */
export function historyPage(f: KoreFixture, id: string): JsonObject {
  return {
    total: 1,
    moreAvailable: false,
    messages: [{ _id: id, type: 'outgoing', timestampValue: 1_767_261_600_000, components: [{ cT: 'text', data: { text: printed(f) } }] }],
  };
}

/** The template payload (the object holding `template_type`, `formData`, or the media's `{url}`). */
export function innerPayload(f: KoreFixture): JsonObject {
  const inner = f.payload.payload;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : f.payload;
}

// ---- what is visible ----

/**
 * Values at `path` in `value`: `a.b` steps into keys, `[]` into every array item, `[0]` into one, `{}` into every
 * value of an object (Kore's `moreData` tabs). Strings and numbers come back as strings; anything else is skipped.
 */
export function at(value: JsonValue | undefined, path: string): string[] {
  const steps = path.match(/[^.[\]{}]+|\[\]|\[\d+\]|\{\}/g) ?? [];
  let current: JsonValue[] = value === undefined ? [] : [value];
  for (const step of steps) {
    current = current.flatMap((v): JsonValue[] => {
      if (step === '[]') return Array.isArray(v) ? v : [];
      if (step === '{}') return v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : [];
      const index = /^\[(\d+)\]$/.exec(step);
      if (index) return Array.isArray(v) && v[Number(index[1])] !== undefined ? [v[Number(index[1])] as JsonValue] : [];
      return v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, step) ? [v[step] as JsonValue] : [];
    });
  }
  return current.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' && Number.isFinite(v) ? [String(v)] : []));
}

/** A string as a reader sees it: Kore markdown rendered to text (no `*` or `_` markers), whitespace collapsed. */
export function plain(s: string): string {
  return collapse(markdownWords(s, { separator: ' ' }));
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'LABEL', 'OPTION', 'FIGCAPTION', 'SECTION', 'UL', 'OL', 'TABLE', 'CAPTION', 'BUTTON', 'PRE', 'BLOCKQUOTE', 'DT', 'DD']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The text a person can see: text nodes outside `hidden` subtrees, with a space at every block boundary. */
export function visibleText(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return;
    const block = BLOCK.has(el.tagName);
    if (block) out += ' ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out += ' ';
  };
  walk(root);
  return collapse(out);
}

export interface Expectation {
  /** Strings the person sees (markdown markers and whitespace aside). */
  texts: string[];
  /** http(s) image URLs that must be shown as images (others are refused by the allow-list). */
  images: string[];
  /** For attachments: the media element and its URL. */
  media?: { tag: 'img' | 'video' | 'audio' | 'a'; url: string };
}

type Rule = { texts: string[]; images?: string[] };

/**
 * Per kind, the payload fields Kore's SDK shows (read from its template code): titles, labels, texts, button
 * titles. Fields it keeps out of sight are left out: `payload`s, URLs, ids, styles, `speech_hint`, a date
 * picker's placeholder `text` ("display"), a star view's `messageTodisplay`, a chart's raw numbers.
 */
const RULES: Record<string, (p: JsonObject) => Rule> = {
  text: () => ({ texts: [] }),
  button: () => ({ texts: ['text', 'subText', 'buttons[].title'] }),
  quick_replies: () => ({ texts: ['text', 'quick_replies[].title'], images: ['quick_replies[].image_url'] }),
  quick_replies_welcome: () => ({ texts: ['text', 'quick_replies[].title'] }),
  carousel: () => ({ texts: ['elements[].title', 'elements[].subtitle', 'elements[].buttons[].title'], images: ['elements[].image_url'] }),
  list: () => ({ texts: ['elements[].title', 'elements[].subtitle', 'buttons[].title'], images: ['elements[].image_url'] }),
  listView: () => ({
    texts: ['heading', 'text', 'elements[].title', 'elements[].subtitle', 'elements[].value', 'buttons[0].title', 'moreData.{}[].title', 'moreData.{}[].subtitle', 'moreData.{}[].value'],
    images: ['elements[].image_url'],
  }),
  table: () => ({ texts: ['text', 'columns[][0]', 'elements[].Values[]'] }),
  custom_table: () => ({ texts: ['text', 'columns[][0]', 'elements[].Values[][0]'] }),
  mini_table: () => ({ texts: ['text', 'elements[].primary[][0]', 'elements[].additional[][]'] }),
  form_template: () => ({ texts: ['heading', 'formFields[].label', 'formFields[0].fieldButton.title'] }),
  dateTemplate: () => ({ texts: ['title', 'text_message'] }),
  daterange: () => ({ texts: ['title', 'text_message'] }),
  clockTemplate: () => ({ texts: ['title'] }),
  feedbackTemplate: (p) => {
    const view = String(p.view ?? '').toLowerCase();
    if (view === 'csat' || view === 'emojis') return { texts: ['text', 'smileyArrays[].reviewText'] };
    if (view === 'nps') return { texts: ['text', 'numbersArrays[].value'] };
    if (view === 'thumbsupdown') return { texts: ['text', 'thumpsUpDownArrays[].reviewText'] };
    return { texts: ['text'] };
  },
  dropdown_template: () => ({ texts: ['heading', 'elements[].title', 'elements[].description'] }),
  radioOptionTemplate: () => ({ texts: ['heading', 'radioOptions[].title', 'radioOptions[].value'] }),
  multi_select: () => ({ texts: ['heading', 'elements[].title', 'buttons[0].title'] }),
  advanced_multi_select: () => ({
    texts: ['heading', 'description', 'elements[].collectionTitle', 'elements[].collection[].title', 'elements[].collection[].description', 'buttons[0].title'],
    images: ['elements[].collection[].image_url'],
  }),
  piechart: () => ({ texts: ['text', 'elements[].title'] }),
  barchart: () => ({ texts: ['text', 'elements[].title', 'X_axis[]'] }),
  linechart: () => ({ texts: ['text', 'elements[].title', 'X_axis[]'] }),
  SYSTEM: () => ({ texts: ['text'] }),
  live_agent: () => ({ texts: ['text'] }),
  advancedListTemplate: () => ({
    texts: ['title', 'description', 'listItems[].title', 'listItems[].description', 'listItems[].textInformation[].title', 'listItems[].optionsData[].label', 'listItems[].tableListData[].rowData[].title'],
  }),
  cardTemplate: () => ({ texts: ['cards[].cardHeading.title', 'cards[].cardHeading.description', 'cards[].cardDescription[].title', 'cards[].buttons[].title'] }),
  articleTemplate: () => ({ texts: ['elements[].title', 'elements[].description', 'elements[].createdOn', 'elements[].updatedOn', 'elements[].button.title'] }),
  listWidget: () => ({
    texts: ['title', 'description', 'elements[].title', 'elements[].subtitle', 'elements[].value.text', 'elements[].details[].description', 'elements[].buttons[].title'],
  }),
  checkListTemplate: () => ({ texts: ['title', 'elements[].title', 'elements[].subInformation[].title', 'elements[].subElements[].title'] }),
  tableList: () => ({
    texts: [
      'title',
      'description',
      'elements[].sectionHeader',
      'elements[].sectionHeaderDesc',
      'elements[].rowItems[].title.text.title',
      'elements[].rowItems[].title.text.subtitle',
      'elements[].rowItems[].title.url.title',
      'elements[].rowItems[].value.text',
      'elements[].rowItems[].value.url.title',
    ],
  }),
  taskPickerTemplate: () => ({ texts: ['heading', 'tasks[].title'] }),
  search: () => ({ texts: ['graph_answer.payload.center_panel.data[].snippet_title', 'results.web.data[].page_title'] }),
  answerTemplate: () => ({ texts: [] }),
  like_dislike: () => ({ texts: [] }),
  otpValidationTemplate: () => ({ texts: ['title', 'description', 'mobileNumber', 'otpButtons[].title'] }),
  resetPinTemplate: () => ({ texts: ['title', 'enterPinTitle', 'reEnterPinTitle', 'resetButtons[].title'] }),
  bankingFeedbackTemplate: () => ({ texts: ['heading', 'experienceContent[].value'] }),
  inline_form: () => ({ texts: [] }),
  iframe: () => ({ texts: [] }),
};

const MEDIA_TAG = { image: 'img', video: 'video', audio: 'audio', link: 'a', document: 'a' } as const;

/** The rule's kind for a fixture: its `template_type`, with Kore's media and inline-form labels mapped. */
export function kindOf(f: KoreFixture): string {
  if (f.template_type.startsWith('inline_form')) return 'inline_form';
  return f.template_type;
}

/** What the person must see for fixture `f`. */
export function expectationFor(f: KoreFixture): Expectation {
  const p = innerPayload(f);
  const kind = kindOf(f);
  if (kind === 'text') return { texts: [String(f.payload.text ?? '')], images: [] };
  if (kind === 'attachment:message') {
    return { texts: at(p, 'text'), images: [], media: { tag: 'video', url: (at(p, 'videoUrl')[0] ?? at(p, 'audioUrl')[0] ?? '').trim() } };
  }
  if (kind.startsWith('attachment:')) {
    const type = kind.slice('attachment:'.length) as keyof typeof MEDIA_TAG;
    return { texts: [], images: [], media: { tag: MEDIA_TAG[type], url: (at(p, 'url')[0] ?? '').trim() } };
  }
  const rule = RULES[kind];
  if (!rule) throw new Error(`no visible-string rule for ${kind}: add one from Kore's template code`);
  const { texts, images = [] } = rule(p);
  return {
    texts: [...new Set(texts.flatMap((path) => at(p, path)).map(plain).filter((s) => s !== ''))],
    images: [...new Set(images.flatMap((path) => at(p, path)).map((u) => u.trim()).filter((u) => isHttpUrl(u)))],
  };
}
