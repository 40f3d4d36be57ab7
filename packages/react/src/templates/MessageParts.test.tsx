import type { AttachmentPart } from '@xo-chat/core';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatI18nProvider } from '../i18n';
import { ar } from '../i18n/ar';
import type { ChatStrings } from '../i18n';
import { openSafeUrl } from './actions';
import { defaultTemplates } from './defaults';
import { fixtures, templatePart } from './fixtures';
import { TemplatesProvider, useTemplates } from './registry';
import { expectAccessible, expectNothingUnsafe, renderParts, renderTemplate } from './test-utils';
import type { TemplateRenderer } from './types';

afterEach(() => vi.restoreAllMocks());

describe('MessageParts', () => {
  it('renders text through markdown and keeps the part order', () => {
    const { container } = renderParts([
      { type: 'text', text: 'Hello *there*' },
      templatePart(fixtures.button!.good!),
      { type: 'text', text: 'Bye' },
    ]);
    expect(container.querySelector('strong')).toHaveTextContent('there');
    expect([...container.querySelectorAll('.xo-part')].map((p) => p.className)).toEqual([
      'xo-part xo-part--text',
      'xo-part xo-part--template',
      'xo-part xo-part--text',
    ]);
  });

  it("shows a user's postback label instead of the payload", () => {
    renderParts([{ type: 'text', text: 'pick-3' }], { message: { from: 'user', renderMsg: 'Pick 3' } });
    expect(screen.getByText('Pick 3')).toBeInTheDocument();
    expect(screen.queryByText('pick-3')).toBeNull();
  });

  it('shows an unknown template as its fallback text in a readable box', () => {
    renderTemplate({ template_type: 'hologram', text: 'Your order shipped.' });
    expect(screen.getByRole('note')).toHaveTextContent('Your order shipped.');
  });

  it('never leaves an unknown template without text blank', () => {
    renderTemplate({ template_type: 'constructor' });
    expect(screen.getByRole('note')).toHaveTextContent(/cannot be shown here/);
  });

  it('catches a renderer that throws and shows the fallback text', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken: TemplateRenderer = () => {
      throw new Error('boom');
    };
    renderParts([templatePart(fixtures.button!.good!), { type: 'text', text: 'still here' }], {
      wrap: (node) => <TemplatesProvider templates={{ button: Broken }}>{node}</TemplatesProvider>,
    });
    expect(screen.getByRole('note')).toHaveTextContent('Which do you prefer?');
    expect(screen.getByText('still here')).toBeInTheDocument();
  });

  it('lets an app add and replace renderers; nested providers merge', () => {
    const Flight: TemplateRenderer = ({ part }) => <p>Flight {String(part.payload.flight)}</p>;
    const Buttons: TemplateRenderer = () => <p>custom buttons</p>;
    let seen: readonly string[] = [];
    const Probe = () => {
      seen = Object.keys(useTemplates());
      return null;
    };
    renderParts([templatePart({ template_type: 'flight_status', flight: 'XO 12' }), templatePart(fixtures.button!.good!)], {
      wrap: (node) => (
        <TemplatesProvider templates={{ flight_status: Flight }}>
          <TemplatesProvider templates={{ button: Buttons }}>
            {node}
            <Probe />
          </TemplatesProvider>
        </TemplatesProvider>
      ),
    });
    expect(screen.getByText('Flight XO 12')).toBeInTheDocument();
    expect(screen.getByText('custom buttons')).toBeInTheDocument();
    expect(seen).toEqual(expect.arrayContaining([...Object.keys(defaultTemplates), 'flight_status']));
  });
});

describe('attachments', () => {
  const att = (kind: AttachmentPart['kind'], extra: Partial<AttachmentPart> = {}): AttachmentPart => ({
    type: 'attachment',
    kind,
    url: `https://example.com/sample.${kind}`,
    ...extra,
  });

  it('renders an image with alt text, audio and video with controls and a text alternative, files as links', async () => {
    const { container } = renderParts([
      att('image', { text: 'A sample picture', name: 'sample.png' }),
      att('audio', { text: 'A one-second tone' }),
      att('video', { name: 'sample.webm', text: 'A short sample video' }),
      att('file', { name: 'sample.pdf' }),
      att('link', { name: 'Example docs', text: 'Read the docs' }),
    ]);
    expect(screen.getByRole('img', { name: 'A sample picture' })).toHaveAttribute('src', 'https://example.com/sample.image');
    expect(container.querySelector('audio')).toHaveAttribute('controls');
    expect(container.querySelector('video')).toHaveAttribute('controls');
    expect(container.querySelector('video')).toHaveAccessibleName('A short sample video');
    expect(screen.getByText(/A short sample video/, { selector: 'figcaption' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^sample\.pdf/ })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: /^Example docs/ })).toHaveAttribute('target', '_blank');
    expectNothingUnsafe(container);
    await expectAccessible(container);
  });

  it('never links an attachment whose URL is not http(s): it shows its name and says it cannot be shown', () => {
    const { container } = renderParts([
      att('image', { url: 'javascript:alert(1)', text: 'evil' }),
      att('video', { url: 'data:video/mp4;base64,AAAA' }),
      att('link', { url: 'mailto:a@b.c', name: 'mail' }),
      att('file', { url: '', blocked: true }),
    ]);
    expect(container.querySelectorAll('img, video, a')).toHaveLength(0);
    expect(screen.getByText('evil cannot be shown: its address is not allowed.')).toBeInTheDocument();
    expect(screen.getByText('Video cannot be shown: its address is not allowed.')).toBeInTheDocument();
    expect(screen.getByText('mail cannot be shown: its address is not allowed.')).toBeInTheDocument();
    expect(screen.getByText('An attachment that cannot be shown.')).toBeInTheDocument();
    expectNothingUnsafe(container);
  });
});

describe('openUrl', () => {
  it('opens allow-listed URLs in a new tab without an opener, and ignores the rest', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    openSafeUrl('javascript:alert(1)');
    openSafeUrl('data:text/html,x');
    openSafeUrl('https://example.com/a');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.com/a', '_blank', 'noopener,noreferrer');
  });
});

describe('template strings', () => {
  it('come from the ChatI18nProvider when it has them', () => {
    const messages = { templateUnavailable: 'لا يمكن عرض هذا المحتوى.' } as unknown as Partial<ChatStrings>;
    renderTemplate(
      { template_type: 'hologram' },
      { wrap: (node) => <ChatI18nProvider locale="ar" locales={[ar]} messages={messages}>{node}</ChatI18nProvider> },
    );
    expect(screen.getByRole('note')).toHaveTextContent('لا يمكن عرض هذا المحتوى.');
  });
});
