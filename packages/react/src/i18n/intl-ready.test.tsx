import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessageTime } from '../primitives/message/MessageTime';
import { DateSeparator } from '../primitives/thread/DateSeparator';
import { ChatI18nProvider } from './context';
import { isIntlWarm } from './intl';

const at = new Date(2025, 4, 6, 9, 5).getTime();
const nextPaint = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250))));

describe('dates before the first paint', () => {
  it('keeps the place of times and day labels, then fills them in once painted', async () => {
    expect(isIntlWarm('en-GB')).toBe(false);
    const { container } = render(
      <ChatI18nProvider locale="en-GB">
        <DateSeparator at={at} />
        <MessageTime at={at} />
      </ChatI18nProvider>,
    );
    const [day, time] = container.querySelectorAll('time');
    // A non-breaking space holds the line (no row changes height when the text comes); no date was formatted.
    expect(time?.textContent).toBe('\u00a0');
    expect(day?.textContent).toBe('\u00a0');
    expect(time).not.toHaveAttribute('title');
    expect(time).toHaveAttribute('dateTime', new Date(at).toISOString());
    expect(isIntlWarm('en-GB')).toBe(false);
    await nextPaint();
    expect(isIntlWarm('en-GB')).toBe(true);
    expect(time?.textContent).toMatch(/^0?9:05$/);
    expect(time?.getAttribute('title')).toContain('2025');
    expect(day?.textContent).toMatch(/May/);
  });

  it('formats at once on a server, and once the locale is warm', () => {
    const html = renderToString(
      <ChatI18nProvider locale="de">
        <MessageTime at={at} />
      </ChatI18nProvider>,
    );
    expect(html).toMatch(/>0?9:05</);
    // en-GB is warm after the test above (module state), so a new window formats in its first render.
    const { container } = render(
      <ChatI18nProvider locale="en-GB">
        <MessageTime at={at} />
      </ChatI18nProvider>,
    );
    expect(container.querySelector('time')?.textContent).toMatch(/^0?9:05$/);
  });
});
