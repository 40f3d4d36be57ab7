import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAnswers, normalizeUtterance } from './engine.js';
import { DEMO_BOT_SCRIPT, loadBotScript } from './load-script.js';
import { BotScriptError, validateBotScript } from './validate-script.js';

const turn = (text: string, isFirst = false) => ({ text, isFirst, assetsUrl: 'http://h:1/assets', replyDelayMs: 100 });
const templateOf = (text: string) => {
  const [answer] = planAnswers(DEMO_BOT_SCRIPT, turn(text));
  const component = answer?.frames[0]?.parts[0]?.component;
  return component?.type === 'template' ? (component.payload.payload as Record<string, unknown>) : component;
};

describe('the demo script', () => {
  it('has one intent per template kind, reached by the menu payloads', () => {
    const kinds: Record<string, string> = {
      button: 'button',
      quick_replies: 'quick_replies',
      carousel: 'carousel',
      list: 'list',
      table: 'table',
      mini_table: 'mini_table',
      form: 'form_template',
      date: 'dateTemplate',
      daterange: 'daterange',
      feedback: 'feedbackTemplate',
      system: 'SYSTEM',
      wait: 'wait_for_response',
    };
    for (const [payload, kind] of Object.entries(kinds)) expect(templateOf(payload)).toMatchObject({ template_type: kind });
    for (const [payload, type] of [['image', 'image'], ['video', 'video'], ['audio', 'audio'], ['file', 'document'], ['link', 'link']]) {
      expect(templateOf(payload ?? '')).toMatchObject({ type, payload: { url: expect.stringMatching(/^https?:\/\//) } });
    }
  });

  it('keeps media local, filling {{assets}} with the platform URL', () => {
    expect(templateOf('image')).toMatchObject({ payload: { url: 'http://h:1/assets/sample.png' } });
    expect(templateOf('video')).toMatchObject({ payload: { url: 'http://h:1/assets/sample.webm' } });
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
