import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleWithFrames, fixture, renderPart } from './test-widgets';

describe('inline_form (formData, no template_type)', () => {
  it('embeds Kore’s sample form inline, sandboxed, with a new-tab link', async () => {
    const payload = fixture('web3-inline-form-formData-1');
    const link = (payload.formData as { formLink: string }).formLink;
    const { container, client } = await renderPart('inline_form', payload);
    const frame = container.querySelector('iframe');
    expect(frame).toHaveAttribute('src', link);
    expect(frame).toHaveAttribute('title', 'Form');
    expect(frame?.getAttribute('sandbox')).not.toMatch(/allow-same-origin/);
    const open = screen.getByRole('link', { name: /^Open the form/ });
    expect(open).toHaveAttribute('href', link);
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(client.sent).toEqual([]);
    await expectAccessibleWithFrames(container);
  });

  it('a form not rendered inline is a link only', async () => {
    const { container } = await renderPart('inline_form', { formData: { formLink: 'https://forms.example/f', renderType: 'slider' } });
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://forms.example/f');
  });

  it('an unsafe link is neither embedded nor linked', async () => {
    const { container } = await renderPart('inline_form', { formData: { formLink: 'javascript:alert(1)', renderType: 'inline' } });
    expect(container.querySelector('iframe, a')).toBeNull();
    expect(container).toHaveTextContent('This embedded page cannot be shown.');
  });
});
