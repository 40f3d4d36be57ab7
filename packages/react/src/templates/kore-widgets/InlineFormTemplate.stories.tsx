import type { JsonObject, Message } from '@xo-chat/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Inline form', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

// The inline form has no template_type: the core names the part `inline_form`, so the story builds the part.
const form = (payload: JsonObject, dir: 'ltr' | 'rtl' = 'ltr') => {
  const message: Partial<Message> = { parts: [{ type: 'template', templateType: 'inline_form', payload, fallbackText: '' }] };
  return { payload, message, dir };
};
const PAGE = `${typeof location === 'undefined' ? 'http://localhost' : location.origin}/__xo-form-sample__`;

export const Normal: Story = {
  args: form({ formData: { formLink: PAGE, renderType: 'inline' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByTitle('Form', undefined, LOAD)).toBeVisible();
    await expect(canvas.getByRole('link', { name: /Open the form/ })).toHaveAttribute('href', PAGE);
  },
};

export const Long: Story = {
  args: form({ formData: { formLink: PAGE, renderType: 'inline', formName: 'A very long form name for the mortgage application '.repeat(4) } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('link', undefined, LOAD)).toBeVisible();
  },
};

export const Empty: Story = {
  args: form({ formData: {} }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This embedded page cannot be shown.', undefined, LOAD)).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: form({ formData: { formLink: PAGE, renderType: 'slider' } }, 'rtl'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('link', { name: /فتح النموذج/ }, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: form({ formData: { formLink: 'javascript:alert(1)', renderType: 'inline', formName: '<script>window.__xss=1</script>' } }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This embedded page cannot be shown.', undefined, LOAD);
    await expectSafe(canvasElement);
  },
};
