// The branding request fails or answers nonsense: a console warning that says what and what to do, and the
// window as it is without branding (never an error, never a blank window).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLayout } from '../test/layout';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';

// What the core client rejects with: its PlatformError has the HTTP status and says whether a retry may help.
const platformError = (message: string, status: number, retryable: boolean) => Object.assign(new Error(message), { status, retryable });

let restore: () => void;
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  restore = fakeLayout();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  restore();
  warn.mockRestore();
});

const root = () => document.querySelector<HTMLElement>('.xo-root');

async function windowWith(getJson: (path: string) => Promise<unknown>) {
  const spy = vi.fn(getJson);
  const client = createFakeChatClient({}, { getJson: spy });
  render(<ChatWindow client={client} mode="inline" />);
  await waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 4_000 });
  return spy;
}

function expectDefaults() {
  expect(root()?.getAttribute('style')).toBeNull();
  expect(screen.getByRole('heading', { name: 'Fake Bot' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeEnabled();
}

describe('ChatWindow when the branding cannot be used', () => {
  it('a 500 is tried once more, then warned about, with the defaults', async () => {
    const getJson = await windowWith(async (path) => {
      throw platformError(`${path} failed: HTTP 500`, 500, true);
    });
    expect(getJson).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^xo-chat: could not load the branding of bot st-fake \(\/api\/websdkthemes\/st-fake\/activetheme failed: HTTP 500\)\. The window shows its default look\. Check that the platform answers GET \/api\/websdkthemes\/st-fake\/activetheme for this bot, or pass branding=\{false\} to ChatWindow to stop asking for it\.$/,
    );
    expectDefaults();
  });

  it('a 404 is not retried: one request, one warning, the defaults', async () => {
    const getJson = await windowWith(async (path) => {
      throw platformError(`${path} failed: No bot with id "st-fake" is registered (HTTP 404)`, 404, false);
    });
    await new Promise((r) => setTimeout(r, 1_200));
    expect(getJson).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('(HTTP 404)');
    expectDefaults();
  });

  it("StrictMode's second effect run does not warn twice about the same document", async () => {
    // A document passed in is there at mount, when StrictMode runs every effect twice.
    render(
      <StrictMode>
        <ChatWindow client={createFakeChatClient()} mode="inline" branding={{ widgetHeader: { backgroundColor: 'url(x)' } }} />
      </StrictMode>,
    );
    await waitFor(() => expect(warn).toHaveBeenCalled());
    // A re-render with an equal (new) object: no second warning either.
    await userEvent.click(screen.getByRole('textbox', { name: 'Message' }));
    await userEvent.keyboard('typing re-renders');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('an answer that is not an object (malformed): a warning naming it, the defaults', async () => {
    await windowWith(async () => ['not', 'a', 'theme']);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/the answer is an array, not a JSON object\. The window shows its default look\./);
    expectDefaults();
  });

  it('hostile values are dropped and named; the safe ones still apply', async () => {
    await windowWith(async () => ({
      activeTheme: true,
      widgetHeader: { backgroundColor: 'url(https://evil.example/pixel)', fontColor: '#fefefe' },
      v3: { general: { bot_icon: 'javascript:alert(1)' } },
    }));
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('widgetHeader.backgroundColor "url(https://evil.example/pixel)" is not a CSS colour');
    expect(message).toContain('general.bot_icon "javascript:alert(1)" is not an http(s) or data:image URL');
    expect(message).toContain('The rest of the branding applies');
    expect(root()?.style.getPropertyValue('--xo-header-text')).toBe('#fefefe');
    expect(root()?.getAttribute('style')).not.toContain('url(');
    expect(document.querySelector('.xo-header img')).toBeNull();
  });
});
