import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectSafe } from '../templates/story-helpers';
import { Markdown } from './Markdown';
import '../templates/templates.css';

const meta = { title: 'Markdown', component: Markdown } satisfies Meta<typeof Markdown>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Good: Story = {
  args: {
    text: "# Order update\n*Shipped* today, _arriving_ \\d(2030-01-02). Total \\$(19.99,'USD').\n* one\n* two\n>> indented\n---\n```\ncode block\n```\nSee [the docs](https://example.com/docs) or https://example.com",
    locale: 'en-US',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Shipped').tagName).toBe('STRONG');
    await expect(canvas.getByRole('link', { name: /the docs/ })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(canvasElement.querySelector('[data-kind="amount"]')).toHaveTextContent('$19.99');
  },
};

export const Empty: Story = {
  args: { text: '' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.xo-md')).toBeEmptyDOMElement();
  },
};

export const Long: Story = {
  args: { text: 'A long line without breaks '.repeat(40) + 'https://example.com/' + 'x'.repeat(300) },
  play: async ({ canvasElement }) => {
    const md = canvasElement.querySelector('.xo-md') as HTMLElement;
    await expect(md.scrollWidth).toBeLessThanOrEqual(md.clientWidth + 1);
  },
};

export const RightToLeft: Story = {
  args: { text: '*مرحبا* بك\n* أولا\n* ثانيا' },
  decorators: [(Story) => <div dir="rtl">{Story()}</div>],
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(within(canvasElement).getByText('مرحبا')).direction).toBe('rtl');
  },
};

export const Hostile: Story = {
  args: {
    text: '<script>window.__xss=1</script> <img src=x onerror="window.__xss=1"> [a](javascript:alert(1)) [b](data:text/html,x) ![c](javascript:alert(1)) <a href="javascript:alert(1)">d</a>',
  },
  play: async ({ canvasElement }) => {
    await expectSafe(canvasElement);
    await expect(canvasElement.textContent).toContain('<script>');
  },
};
