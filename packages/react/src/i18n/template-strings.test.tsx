import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../templates/fixtures';
import { renderTemplate } from '../templates/test-utils';
import { ar } from './ar';
import { ChatI18nProvider } from './context';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { uploadStringsEn } from '../uploads/strings';
import { templateStringsEn } from './template-strings-en';

const locales = { en, ar, fr, es, de };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale bundles', () => {
  // English upload strings live with the upload parts (uploads/strings.ts), out of the main bundle.
  const english: Readonly<Record<string, string>> = { ...en.strings, ...uploadStringsEn };

  it.each(Object.entries(locales))('%s has every English key, non-empty, with the same placeholders', (lang, bundle) => {
    const strings: Readonly<Record<string, string>> = lang === 'en' ? { ...bundle.strings, ...uploadStringsEn } : { ...bundle.strings };
    for (const [key, source] of Object.entries(english)) {
      const value = strings[key];
      expect(value, `${lang}.${key} is missing`).toBeTypeOf('string');
      expect(value!.trim(), `${lang}.${key} is empty`).not.toBe('');
      expect(placeholders(value!), `${lang}.${key} placeholders`).toEqual(placeholders(source));
    }
    expect(Object.keys(strings).sort(), `${lang} has keys English lacks`).toEqual(Object.keys(english).sort());
  });

  it('carries the template strings, English reusing templateStringsEn and the others translated', () => {
    for (const [key, value] of Object.entries(templateStringsEn)) expect(english).toHaveProperty(key, value);
    for (const lang of ['ar', 'fr', 'es', 'de']) {
      expect(locales[lang as keyof typeof locales].strings.chooseDate, lang).not.toBe(templateStringsEn.chooseDate);
    }
  });
});

describe('templates inside ChatI18nProvider', () => {
  const arabic = (node: React.ReactNode) => <ChatI18nProvider locale="ar" locales={[ar]}>{node}</ChatI18nProvider>;

  it('label the date range template in Arabic', () => {
    renderTemplate(fixtures.daterange!.good!, { dir: 'rtl', wrap: arabic });
    expect(screen.getByLabelText('من')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('إلى')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('button', { name: 'تأكيد' })).toBeInTheDocument();
    expect(screen.queryByText('From')).toBeNull();
  });

  it('label the carousel in Arabic, and an app override still wins', () => {
    renderTemplate(fixtures.carousel!.good!, {
      dir: 'rtl',
      wrap: (node) => (
        <ChatI18nProvider locale="ar-EG" locales={[ar]} messages={{ previousCard: 'السابق' }}>
          {node}
        </ChatI18nProvider>
      ),
    });
    expect(screen.getByRole('button', { name: 'البطاقة التالية' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'السابق' })).toBeInTheDocument();
  });
});
