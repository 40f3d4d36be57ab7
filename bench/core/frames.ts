// 10,000 mixed `bot_response` frames as the platform sends them: plain and markdown text, buttons, quick replies,
// carousels, lists, and attachments, some with the template as a JSON string in cInfo.body.
const BOT_INFO = { chatBot: 'Bench Bot', taskBotId: 'st-bench' };

function template(payload: Record<string, unknown>) {
  return { type: 'text', component: { type: 'template', payload: { type: 'template', payload } }, cInfo: { body: JSON.stringify({ type: 'template', payload }) } };
}

function entry(i: number) {
  switch (i % 6) {
    case 0:
      return { type: 'text', cInfo: { body: `Reply ${i}: your flight *XO ${i}* leaves at 14:05 from gate B12.` }, component: { type: 'text', payload: { text: `Reply ${i}` } } };
    case 1:
      return template({ template_type: 'button', text: `Choose ${i}`, buttons: [{ type: 'postback', title: 'Yes', payload: 'yes' }, { type: 'web_url', title: 'Docs', url: 'https://example.com' }] });
    case 2:
      return template({ template_type: 'quick_replies', text: `Pick ${i}`, quick_replies: [{ content_type: 'text', title: 'A', payload: 'a' }, { content_type: 'text', title: 'B', payload: 'b' }, { content_type: 'text', title: 'C', payload: 'c' }] });
    case 3:
      return template({ template_type: 'carousel', elements: [1, 2, 3].map((k) => ({ title: `Card ${k}`, subtitle: `Item ${i}`, image_url: 'https://example.com/i.png', buttons: [{ type: 'postback', title: 'Book', payload: `book-${k}` }] })) });
    case 4:
      // The template as a JSON string only, as older platforms send it.
      return { type: 'text', cInfo: { body: JSON.stringify({ type: 'template', payload: { template_type: 'list', elements: [{ title: 'One', subtitle: 'first' }, { title: 'Two', subtitle: 'second' }] } }) } };
    default:
      return { type: 'text', component: { type: 'image', payload: { url: `https://example.com/img-${i}.png`, name: 'photo' } }, cInfo: { body: '' } };
  }
}

export function botResponseFrames(count: number, startTime = Date.now()): string[] {
  const frames: string[] = [];
  for (let i = 0; i < count; i++) {
    frames.push(
      JSON.stringify({
        type: 'bot_response',
        from: 'bot',
        message: [entry(i)],
        botInfo: BOT_INFO,
        createdOn: new Date(startTime + i).toISOString(),
        icon: 'https://example.com/bot.png',
        messageId: `ms-bench-${i}`,
        timestamp: startTime + i,
      }),
    );
  }
  return frames;
}
