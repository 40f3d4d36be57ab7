import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryChat } from '../test/story-utils';
import { NotificationToggle } from './NotificationToggle';

// The header's bell: shown while the browser has not been asked, asking only on a click. The story stubs the
// browser's Notification so the question has an answer.
function stubNotifications(answer: NotificationPermission) {
  let permission: NotificationPermission = 'default';
  Object.defineProperty(window, 'Notification', {
    configurable: true,
    value: {
      get permission() {
        return permission;
      },
      requestPermission: () => Promise.resolve((permission = answer)),
    },
  });
}

const meta = {
  title: 'Window/Notification toggle',
  component: NotificationToggle,
  decorators: [
    (Story) => (
      <StoryChat>
        <div className="xo-header" style={{ padding: 8 }}>
          <Story />
        </div>
      </StoryChat>
    ),
  ],
  loaders: [() => stubNotifications('granted')],
} satisfies Meta<typeof NotificationToggle>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AsksOnClick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bell = await canvas.findByRole('button', { name: 'Turn on notifications' });
    await userEvent.click(bell);
    await waitFor(() => expect(canvas.queryByRole('button')).toBeNull());
  },
};
