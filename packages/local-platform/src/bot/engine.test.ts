import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAnswers, normalizeUtterance } from './engine.js';
import { DEMO_BOT_SCRIPT, loadBotScript } from './load-script.js';
import { BotScriptError, validateBotScript } from './validate-script.js';

const turn = (text: string, isFirst = false) => ({ text, isFirst, assetsUrl: 'http://h:1/assets', replyDelayMs: 100 });
/** What the bot printed for `text` (the first answer): the `{type, payload}` in its component, as Kore sends it. */
const printedFor = (text: string) => {
  const [answer] = planAnswers(DEMO_BOT_SCRIPT, turn(text));
  const part = answer?.frames[0]?.parts[0];
  return { component: part?.component, body: part?.cInfo.body };
};
const templateOf = (text: string) => {
  const { component } = printedFor(text);
  return component?.type === 'template' ? (component.payload.payload as Record<string, unknown>) : component;
};

/** Every template kind the demo bot sends, by a trigger the menu (or the "More templates" menu) posts back. */
const DEMO_TEMPLATE_KINDS: Record<string, string> = {
  button: 'button',
  quick_replies: 'quick_replies',
  carousel: 'carousel',
  list: 'list',
  'list view': 'listView',
  table: 'table',
  mini_table: 'mini_table',
  form: 'form_template',
  date: 'dateTemplate',
  daterange: 'daterange',
  feedback: 'feedbackTemplate',
  csat: 'feedbackTemplate',
  nps: 'feedbackTemplate',
  thumbs: 'feedbackTemplate',
  system: 'SYSTEM',
  wait: 'wait_for_response',
  'multi select': 'multi_select',
  'advanced multi select': 'advanced_multi_select',
  dropdown: 'dropdown_template',
  radio: 'radioOptionTemplate',
  'pie chart': 'piechart',
  'bar chart': 'barchart',
  'line chart': 'linechart',
  'live agent template': 'live_agent',
  'advanced list': 'advancedListTemplate',
  'advanced multi list': 'advancedMultiListTemplate',
  card: 'cardTemplate',
  article: 'articleTemplate',
  'list widget': 'listWidget',
  checklist: 'checkListTemplate',
  'custom table': 'custom_table',
  'table list': 'tableList',
  'task picker': 'taskPickerTemplate',
  search: 'search',
  answer: 'answerTemplate',
  clock: 'clockTemplate',
  'like dislike': 'like_dislike',
  otp: 'otpValidationTemplate',
  'reset pin': 'resetPinTemplate',
  welcome: 'quick_replies_welcome',
  'banking feedback': 'bankingFeedbackTemplate',
  iframe: 'iframe',
};

describe('the demo script', () => {
  it('has one intent per template kind, reached by the menu payloads', () => {
    for (const [payload, kind] of Object.entries(DEMO_TEMPLATE_KINDS)) expect(templateOf(payload), payload).toMatchObject({ template_type: kind });
    // Every trigger is on a menu: the greeting's, or "More templates".
    const menus = ['menu', 'more templates']
      .flatMap((m) => planAnswers(DEMO_BOT_SCRIPT, turn(m)))
      .flatMap((a) => a.frames[0]?.parts ?? [])
      .flatMap((p) => ((p.component.payload.payload as { buttons?: { payload: string }[] } | undefined)?.buttons ?? []).map((b) => normalizeUtterance(b.payload)));
    for (const payload of [...Object.keys(DEMO_TEMPLATE_KINDS), 'inline form', 'video message', 'error', 'image', 'video', 'audio', 'file', 'link']) {
      expect(menus, payload).toContain(normalizeUtterance(payload));
    }
  });

  it('sends media wrapped as Kore wraps it, with the spaces Kore’s samples put around URLs', () => {
    for (const [payload, type] of [['image', 'image'], ['video', 'video'], ['audio', 'audio'], ['file', 'document'], ['link', 'link']] as const) {
      const { component, body } = printedFor(payload);
      expect(component, payload).toMatchObject({ type: 'template', payload: { type, payload: { url: expect.stringMatching(/^ https?:\/\//) } } });
      expect(JSON.parse(body ?? '')).toEqual(component?.payload);
    }
  });

  it('sends a message with video, an error component and the inline form in Kore’s shapes', () => {
    expect(printedFor('video message').component).toMatchObject({ type: 'template', payload: { type: 'message', payload: { text: expect.any(String), videoUrl: expect.stringMatching(/^ http/) } } });
    expect(printedFor('error')).toMatchObject({ component: { type: 'error', payload: { text: expect.any(String), color: expect.stringMatching(/^#/) } }, body: expect.any(String) });
    const form = printedFor('inline form').component;
    expect(form).toMatchObject({ type: 'template', payload: { type: 'template', payload: { formData: { formLink: expect.stringMatching(/sample-form\.html$/) } } } });
    expect((form?.payload.payload as Record<string, unknown>).template_type).toBeUndefined();
  });

  it('keeps media local, filling {{assets}} with the platform URL', () => {
    expect(printedFor('image').component?.payload).toMatchObject({ type: 'image', payload: { url: ' http://h:1/assets/sample.png' } });
    expect(printedFor('video').component?.payload).toMatchObject({ type: 'video', payload: { url: ' http://h:1/assets/sample.webm' } });
  });

  it('sends Kore’s star array, 5 down to 1', () => {
    expect((templateOf('feedback') as { starArrays: { value: number }[] }).starArrays.map((s) => s.value)).toEqual([5, 4, 3, 2, 1]);
  });

  it('writes markdown with every Kore feature', () => {
    const text = planAnswers(DEMO_BOT_SCRIPT, turn('markdown'))[0]?.storedText ?? '';
    for (const needle of ['*bold*', '_italic_', '~legacy', '](https://', '![', '# Kore', '\n###### ', '\n* ', '\n1. ', '\n>> ', '\n---\n', '```', 'https://example.com/bare', '\\d(', '\\t(', '\\#(', "\\$("]) {
      expect(text).toContain(needle);
    }
  });

  it('greets a first message, echoes later ones, and times frames from the reply delay', () => {
    expect(planAnswers(DEMO_BOT_SCRIPT, turn('good day', true)).map((a) => a.intent)).toEqual(['greeting', 'greeting']);
    const [echo] = planAnswers(DEMO_BOT_SCRIPT, turn('good day'));
    expect(echo).toMatchObject({ intent: 'fallback', storedText: 'You said: good day', atMs: 100 });
    const wait = planAnswers(DEMO_BOT_SCRIPT, turn('wait'));
    expect(wait.map((a) => a.atMs)).toEqual([100, 1600]);
    const [stream] = planAnswers(DEMO_BOT_SCRIPT, turn('Stream!'));
    expect(stream?.frames.map((f) => f.chunk?.last)).toEqual([false, false, false, false, false, true]);
    expect(stream?.frames.map((f) => f.atMs)).toEqual([100, 160, 220, 280, 340, 400]);
  });

  it('matches case-, punctuation- and underscore-insensitively', () => {
    expect(normalizeUtterance('  Quick_Replies!! ')).toBe('quick replies');
    expect(planAnswers(DEMO_BOT_SCRIPT, turn('MINI TABLE?'))[0]?.intent).toBe('mini_table');
  });
});

describe('bot scripts', () => {
  it('reports every problem with its path', () => {
    try {
      validateBotScript({ intents: [{ name: 'a', match: 'x', replies: [{ text: 1 }, { text: 'a', template: {} }] }, { name: 'a', match: [], replies: [] }], fallback: [], firstMessageIntent: 'zzz' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(BotScriptError);
      const problems = (err as BotScriptError).problems.join('\n');
      for (const p of ['intents[0].match', 'intents[0].replies[0].text', 'intents[0].replies[1]', 'intents[1].name', 'intents[1].replies', 'fallback', 'firstMessageIntent']) {
        expect(problems).toContain(p);
      }
    }
    expect(() => validateBotScript('nope')).toThrow(/JSON object/);
  });

  it('loads a JSON file and names the file when it is wrong', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xo-script-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ intents: [], fallback: [{ text: 'Only this: {{text}}' }] }));
    expect((await loadBotScript(good)).fallback).toHaveLength(1);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"intents": [');
    await expect(loadBotScript(bad)).rejects.toThrow(/bad\.json/);
    writeFileSync(bad, '{"intents": []}');
    await expect(loadBotScript(bad)).rejects.toThrow(/fallback/);
    const mjs = path.join(dir, 'script.mjs');
    writeFileSync(mjs, 'export default { intents: [], fallback: [{ text: "from js" }] };');
    expect((await loadBotScript(mjs)).fallback[0]).toEqual({ text: 'from js' });
  });
});
