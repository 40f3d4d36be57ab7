import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { taskPicker as s } from './story-samples';

const meta = { title: 'Templates/Kore/Task picker', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Balance' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Show my balance (balance)');
  await expect(canvas.getByRole('button', { name: 'Pay a bill' })).toBeDisabled();
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('button')).toHaveLength(20);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('Choose a task')).toBeVisible();
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
