import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Banking feedback', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

const entry = (value: string) => ({ id: value.replace(/\s/g, ''), value });
const feedback = {
  template_type: 'bankingFeedbackTemplate',
  heading: 'How was your visit today?',
  feedbackListHeading: 'What could be better?',
  experienceContent: ['Poor', 'Fair', 'Good', 'Great'].map(entry),
  feedbackList: ['Waiting time', 'Too many questions'].map(entry),
  buttons: [
    { btnType: 'confirm', label: 'Send' },
    { btnType: 'cancel', label: 'Not now' },
  ],
};

export const Normal: Story = {
  args: { payload: feedback },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Fair' }, LOAD));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Waiting time' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent(
      'Fair ({"selectedFeedback":[{"id":"Waitingtime","value":"Waiting time"}],"selectedExperience":{"id":"Fair","value":"Fair"},"userSuggestion":""})',
    );
  },
};

export const Cancel: Story = {
  args: { payload: feedback },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Great' }, LOAD));
    await userEvent.click(canvas.getByRole('button', { name: 'Not now' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Not now (Cancel)');
  },
};

export const Long: Story = {
  args: { payload: { ...feedback, feedbackList: Array.from({ length: 20 }, (_, i) => entry(`A long reason about the service, number ${i + 1}`)) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Poor' }, LOAD));
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(20);
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'bankingFeedbackTemplate' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('How did we do?', undefined, LOAD)).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'bankingFeedbackTemplate', heading: 'قيّم تجربتك', experienceContent: ['سيئة', 'جيدة'].map(entry) }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'جيدة' }, LOAD));
    await expect(canvas.getByRole('button', { name: 'إلغاء' })).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { ...feedback, heading: '<script>window.__xss=1</script>', experienceContent: [{ id: 'x', value: '<img src=x onerror=alert(1)>', empathyMessage: '[x](javascript:alert(1))' }, null] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('radio', undefined, LOAD));
    await expectSafe(canvasElement);
  },
};
