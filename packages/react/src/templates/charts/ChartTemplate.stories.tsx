import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Charts', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

const months = ['Jan', 'Feb', 'Mar', 'Apr'];
const series = (title: string, values: number[]) => ({ title, values, displayValues: values.map((v) => `${v} kg`) });

export const Pie: Story = {
  args: {
    payload: {
      template_type: 'piechart',
      text: 'Where the money went',
      pie_type: 'regular',
      elements: [
        { title: 'Rent', value: '900', displayValue: '$900' },
        { title: 'Food', value: '300', displayValue: '$300' },
        { title: 'Travel', value: '150.5', displayValue: '$150' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: 'Rent: $900 (66.6%)' }, LOAD)).toBeVisible();
    await expect(canvas.getByText('Food $300')).toBeVisible();
  },
};

export const Donut: Story = {
  args: { payload: { template_type: 'piechart', text: 'Share', pie_type: 'donut', elements: [{ title: 'Yes', value: 3 }, { title: 'No', value: 1 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name: 'Yes: 3 (75%)' }, LOAD)).toBeVisible();
  },
};

export const Bars: Story = {
  args: { payload: { template_type: 'barchart', text: 'Deliveries', direction: 'vertical', X_axis: months, elements: [series('North', [4, 8, 6, 9]), series('South', [3, 5, 7, 2])] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByRole('img', { name: 'North, Jan: 4 kg' }, LOAD);
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('img', { name: 'South, Jan: 3 kg' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Show the data as a table' }));
    await expect(canvas.getByRole('table', { name: 'Deliveries' })).toBeVisible();
  },
};

export const StackedHorizontal: Story = {
  args: { payload: { template_type: 'barchart', text: 'Stacked', direction: 'horizontal', stacked: true, X_axis: months, elements: [series('North', [4, 8, 6, 9]), series('South', [3, 5, 7, 2])] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('img', undefined, LOAD)).toHaveLength(8);
  },
};

export const Line: Story = {
  args: { payload: { template_type: 'linechart', text: 'Weight', X_axis: months, elements: [series('Crate A', [10, 12, 9, 14]), series('Crate B', [7, 6, 11, 8])] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    (await canvas.findByRole('img', { name: 'Crate A, Jan: 10 kg' }, LOAD)).focus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('img', { name: 'Crate B, Apr: 8 kg' })).toHaveFocus();
  },
};

export const Long: Story = {
  args: {
    payload: {
      template_type: 'linechart',
      text: 'Fifty days of readings',
      X_axis: Array.from({ length: 50 }, (_, i) => `Day ${i + 1}`),
      elements: Array.from({ length: 6 }, (_, k) => ({ title: `Sensor ${k + 1}`, values: Array.from({ length: 50 }, (_, i) => Math.round(50 + 40 * Math.sin((i + k * 7) / 5))) })),
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('img', undefined, LOAD)).toHaveLength(300);
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'barchart', text: 'No data yet', elements: [] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Show the data as a table' }, LOAD)).toBeVisible();
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'barchart', text: 'المبيعات', X_axis: ['يناير', 'فبراير'], elements: [{ title: 'القمصان', values: [10, 20] }] }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'عرض البيانات في جدول' }, LOAD));
    await expect(canvas.getByRole('columnheader', { name: 'السلسلة' })).toBeVisible();
  },
};

export const Hostile: Story = {
  args: {
    payload: {
      template_type: 'barchart',
      text: '<script>window.__xss=1</script>',
      X_axis: ['<img src=x onerror=alert(1)>', 'b'],
      elements: [{ title: '[x](javascript:alert(1))', values: ['NaN', -1e300], displayValues: ['<svg onload=alert(1)>'] }, { title: 'ok', values: [Number.MAX_VALUE, 3] }],
    },
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Show the data as a table' }, LOAD);
    await expectSafe(canvasElement);
  },
};
