// Branding documents for the tests and stories: what a platform's activetheme answers.
import type { KoreBrandingDocument } from './types';

export const harborBranding: KoreBrandingDocument = {
  activeTheme: true,
  themeName: 'Harbor',
  widgetHeader: { backgroundColor: '#0b7285', fontColor: '#ffffff' },
  botMessage: { bubbleColor: '#e3fafc', fontColor: '#0b3d45' },
  userMessage: { bubbleColor: '#0b7285', fontColor: '#ffffff' },
  v3: {
    general: { bot_icon: 'https://cdn.example/harbor-bot.png' },
    header: { title: { name: 'Harbor Help' }, sub_title: { name: 'Ferries and fares' } },
    welcome_screen: { show: true, title: { name: 'Ahoy!' }, sub_title: { name: 'Ask about sailings, fares and cabins.' } },
  },
};
