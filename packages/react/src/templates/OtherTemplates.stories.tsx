import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { extraFixtures, XSS } from './fixtures';
import { expectSafe, TemplateHarness, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Other',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

export const Dropdown: Story = {
  args: { payload: extraFixtures.dropdown! },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Choose a size' }), 'Large');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Large (l)');
  },
};

export const RadioOptions: Story = {
  args: { payload: extraFixtures.radio! },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expect(canvas.getByText('Choose an option.')).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: 'Express' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Express (exp)');
  },
};

export const MultiSelect: Story = {
  args: { payload: extraFixtures.multi! },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Cheese' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Basil' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Cheese, Basil (cheese,basil)');
  },
};

export const PieChart: Story = {
  args: { payload: extraFixtures.piechart! },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table', { name: 'Spending' }, LOAD)).toBeInTheDocument();
  },
};

export const BarChart: Story = {
  args: { payload: extraFixtures.barchart! },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('columnheader', { name: 'Q2' }, LOAD)).toBeInTheDocument();
  },
};

export const SystemBanner: Story = {
  args: { payload: extraFixtures.system! },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('An agent will join');
  },
};

export const WaitForResponse: Story = {
  args: { payload: extraFixtures.wait! },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Looking that up...')).toBeVisible();
  },
};

export const LiveAgent: Story = {
  args: { payload: extraFixtures.agent! },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/I am Sam/)).toBeVisible();
  },
};

export const UnknownTemplate: Story = {
  args: { payload: { template_type: 'hologram', text: 'Your order shipped.' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('Your order shipped.');
  },
};

export const UnknownWithoutText: Story = {
  args: { payload: { template_type: 'hologram' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(/cannot be shown here/);
  },
};

export const HostileChoices: Story = {
  args: {
    payload: {
      template_type: 'radioOptionTemplate',
      heading: XSS,
      radioOptions: [{ title: XSS, value: XSS }, null, { title: 'no value' }],
    },
  },
  play: async ({ canvasElement }) => {
    await expectSafe(canvasElement);
    await expect(within(canvasElement).getAllByRole('radio')).toHaveLength(1);
  },
};

export const AdvancedMultiSelect: Story = {
  args: { payload: extraFixtures.advancedMulti! },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Shoes' })).toBeVisible();
    await expect(canvas.getByText('Cushioned')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show more (1)' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select all' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Here are selected items: trail road');
  },
};

export const ErrorNotice: Story = {
  args: { payload: { template_type: 'error', text: 'We could not reach the airline. Try again in a minute.', color: '#cf222e' } },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector('.xo-tpl-error');
    await expect(box).toHaveTextContent('Error: We could not reach the airline.');
    await expect(getComputedStyle(box as Element).borderInlineStartColor).toBe('rgb(207, 34, 46)');
  },
};

export const ErrorNoticeHostileColor: Story = {
  args: { payload: { template_type: 'error', text: XSS, color: 'red;background:url(javascript:alert(1))' } },
  play: async ({ canvasElement }) => {
    await expectSafe(canvasElement);
    await expect(canvasElement.querySelector('.xo-tpl-error')?.getAttribute('style')).toBeNull();
  },
};

export const ListViewKore: Story = {
  args: {
    payload: {
      template_type: 'listView',
      heading: 'Trip spending',
      text: 'Here is what you spent',
      seeMore: true,
      moreCount: 1,
      buttons: [{ title: 'See all', type: 'postback', payload: 'payload' }],
      elements: [
        { title: 'Flights', subtitle: '2 tickets', value: '$640.00', default_action: { title: 'Show my flights', type: 'postback' } },
        { title: 'Hotel', value: '$512.40' },
      ],
      moreData: { Travel: [{ title: 'Car rental', value: '$129.99', default_action: { title: 'Show my car', type: 'postback' } }] },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Here is what you spent')).toBeVisible();
    await expect(canvas.getByText('$640.00')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'See all' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Car rental' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Car rental (Show my car)');
  },
};
