import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { extraFixtures } from './fixtures';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Feedback',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Stars = variant('feedbackTemplate', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: '4 of 5 stars' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('4 of 5 stars (4)');
  await expect(canvas.getByRole('button', { name: '5 of 5 stars' })).toBeDisabled();
});

export const Empty = variant('feedbackTemplate', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('button')).toHaveLength(5);
});

export const NpsLong = variant('feedbackTemplate', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('button')).toHaveLength(11);
});

export const CsatRightToLeft = variant('feedbackTemplate', 'rtl', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByRole('button', { name: 'ممتاز' })).toBeVisible();
});

export const Hostile = variant('feedbackTemplate', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
});

export const Thumbs = {
  args: { payload: extraFixtures.thumbs! },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Helpful' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Helpful (Extremely Likely)');
  },
};

export const Emojis = {
  args: { payload: extraFixtures.emojis! },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(5);
  },
};
