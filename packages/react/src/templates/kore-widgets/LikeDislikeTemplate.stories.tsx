import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Like dislike', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

export const Normal: Story = {
  args: { payload: { template_type: 'like_dislike', text: 'Was this answer helpful?' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Like' }, LOAD));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Like (like)');
    await expect(canvas.getByRole('button', { name: 'Dislike' })).toBeDisabled();
  },
};

export const Long: Story = {
  args: { payload: { template_type: 'like_dislike', text: 'Tell us whether this long and detailed answer about your account was helpful. '.repeat(6) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Dislike' }, LOAD)).toBeVisible();
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'like_dislike' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Dislike' }, LOAD));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Dislike (dislike)');
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'like_dislike', text: 'هل كانت الإجابة مفيدة؟' }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'أعجبني' }, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { template_type: 'like_dislike', text: '<script>window.__xss=1</script> [x](javascript:alert(1))' } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Like' }, LOAD);
    await expectSafe(canvasElement);
  },
};
