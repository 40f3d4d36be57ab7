import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Iframe', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

// A URL on this Storybook's own origin: nothing leaves the machine, and the sandbox still makes it opaque.
const PAGE = `${typeof location === 'undefined' ? 'http://localhost' : location.origin}/__xo-frame-sample__`;

export const Normal: Story = {
  args: { payload: { template_type: 'iframe', title: 'Your statement', formData: { formLink: PAGE } } },
  play: async ({ canvasElement }) => {
    const frame = await within(canvasElement).findByTitle('Your statement', undefined, LOAD);
    await expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
    await expect(frame).toHaveAttribute('loading', 'lazy');
  },
};

export const Long: Story = {
  args: { payload: { template_type: 'iframe', title: 'A long description of the embedded statement page '.repeat(5), url: PAGE } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('iframe')).not.toBeNull();
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'iframe' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This embedded page cannot be shown.', undefined, LOAD)).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'iframe', url: 'javascript:alert(1)' }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('لا يمكن عرض هذه الصفحة المضمّنة.', undefined, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { template_type: 'iframe', title: '<script>window.__xss=1</script>', formData: { formLink: 'data:text/html,<script>alert(1)</script>' } } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This embedded page cannot be shown.', undefined, LOAD);
    await expectSafe(canvasElement);
  },
};
