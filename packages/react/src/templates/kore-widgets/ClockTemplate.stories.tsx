import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Clock', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

export const Normal: Story = {
  args: { payload: { template_type: 'clockTemplate', text: 'When should we call you?', title: 'Please choose' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('Please choose', undefined, LOAD);
    await userEvent.type(input, '21:30');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('09:30 PM');
  },
};

export const Long: Story = {
  args: { payload: { template_type: 'clockTemplate', title: 'Pick the time that suits you best for the follow-up call with our advisor '.repeat(4) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Confirm' }, LOAD)).toBeVisible();
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'clockTemplate' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Confirm' }, LOAD));
    await expect(canvas.getByText('Choose a time.')).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'clockTemplate', text: 'متى نتصل بك؟' }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByLabelText('اختر وقتًا', undefined, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { template_type: 'clockTemplate', title: '<script>window.__xss=1</script>', text: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>' } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Confirm' }, LOAD);
    await expectSafe(canvasElement);
  },
};
