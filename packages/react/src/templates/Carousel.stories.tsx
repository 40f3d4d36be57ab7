import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Carousel',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

const cards = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('.xo-card'));

export const Good = variant('carousel', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await expect(cards(canvasElement)[0]).toHaveFocus();
  await userEvent.keyboard('{ArrowRight}');
  await expect(cards(canvasElement)[1]).toHaveFocus();
  await userEvent.click(canvas.getByRole('button', { name: 'Pick 2' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Pick 2 (pick-2)');
});

export const Empty = variant('carousel', 'empty', async ({ canvasElement }) => {
  await expect(cards(canvasElement)).toHaveLength(0);
});

export const FiveHundredCards = variant('carousel', 'long', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(cards(canvasElement)).toHaveLength(10);
  await userEvent.click(canvas.getByRole('button', { name: 'Next card' }));
  await expect(canvas.getByText('2 / 500')).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: 'Show more (490)' }));
  await expect(cards(canvasElement)).toHaveLength(20);
});

export const RightToLeft = variant('carousel', 'rtl', async ({ canvasElement }) => {
  await userEvent.tab();
  await userEvent.keyboard('{ArrowLeft}');
  await expect(cards(canvasElement)[1]).toHaveFocus();
});

export const Hostile = variant('carousel', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(cards(canvasElement)).toHaveLength(2);
});

export const SwipeMovesTheCurrentCard = variant('carousel', 'long', async ({ canvasElement }) => {
  const track = canvasElement.querySelector<HTMLElement>('.xo-carousel-track')!;
  const third = cards(canvasElement)[2]!;
  track.scrollTo({ left: third.offsetLeft - track.offsetLeft, behavior: 'instant' });
  await waitFor(() => expect(within(canvasElement).getByText('3 / 500')).toBeVisible());
  await expect(third).toHaveAttribute('tabindex', '0');
});

export const NextToTheLastCardStaysThere = variant('carousel', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Next card' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Next card' }));
  // Let the (possibly smooth) scroll finish: the last card cannot reach the start edge, and must stay current.
  await new Promise((resolve) => setTimeout(resolve, 800));
  await expect(canvas.getByText('3 / 3')).toBeVisible();
  await expect(canvas.getByRole('button', { name: 'Next card' })).toBeDisabled();
});
