import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import { preloadTemplates } from '../packages/react/src/templates/lazy';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
  // Every story renders with the lazy template chunks already here, as an app that preloads them would.
  loaders: [async () => (await preloadTemplates(), {})],
};

export default preview;
