import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { advancedMultiList as s } from './story-samples';

const meta = { title: 'Templates/Kore/Advanced multi list', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Dentist' }));
  await userEvent.click(canvas.getByRole('button', { name: 'More sections' }));
  await expect(canvas.getByRole('region', { name: 'Tomorrow' })).toHaveTextContent('Gym');
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Dentist (DENTIST)');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('region')).toHaveLength(8);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(within(canvasElement).queryAllByRole('region')).toHaveLength(0);
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
