import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeLayout } from './test/layout';
import { personOn, socketsOf, startLocalPlatform, storedFrom } from './test/platform';
import type { LocalPlatform } from './test/platform';
import { ChatWindow } from './window/ChatWindow';

// StrictMode mounts, unmounts and mounts again, and calls state initialisers twice: ChatWindow must still make one
// live client with one socket, send each message once and show it once. A real client against the local platform
// says so from the platform's side (its sockets and stored rows), on React 18 and 19.
let platform: LocalPlatform;
let restoreLayout: () => void;
beforeAll(async () => {
  platform = await startLocalPlatform({ welcome: true });
});
afterAll(async () => {
  await platform.close();
});
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  restoreLayout();
  localStorage.clear();
});

const count = (text: string) => screen.queryAllByText(text).length;

describe('ChatWindow under <StrictMode>', () => {
  it('keeps one socket, sends once, renders each message once, and leaves no socket behind', async () => {
    const identity = `strict-${Date.now()}@test`;
    const user = userEvent.setup();
    const sentTwiceBefore = platform.counters.sentTwice;
    const { unmount } = render(
      <StrictMode>
        <ChatWindow options={personOn(platform, identity)} mode="inline" />
      </StrictMode>,
    );
    // The welcome answer arrives once the socket is open.
    await screen.findByText(/running on your own machine/, {}, { timeout: 10_000 });
    expect(socketsOf(platform, identity)).toBe(1);

    await user.type(screen.getByRole('textbox'), 'strict once{Enter}');
    await screen.findByText('You said: strict once', {}, { timeout: 10_000 });
    expect(count('strict once')).toBe(1);
    expect(count('You said: strict once')).toBe(1);
    expect(screen.getAllByText(/running on your own machine/)).toHaveLength(1);
    expect(storedFrom(platform, identity).filter((text) => text === 'strict once')).toHaveLength(1);
    expect(platform.counters.sentTwice).toBe(sentTwiceBefore);
    expect(socketsOf(platform, identity)).toBe(1);

    unmount();
    await waitFor(() => expect(socketsOf(platform, identity)).toBe(0));
  }, 30_000);
});
