import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      // A second e2e run's demo build (XO_DEMO_OUT_DIR).
      '**/dist-*/**',
      'storybook-static/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
      'bench/results/**',
      'bench/.peers/**',
      // Profiles and one-off scripts of a bench session (ignored by git too).
      'bench/.out/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['packages/react/**/*.{ts,tsx}', 'apps/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core is headless: it must run in Node and in any framework.
    files: ['packages/core/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: '@xo-chat/core is headless: React belongs in @xo-chat/react.' },
            { name: 'react-dom', message: '@xo-chat/core is headless: React belongs in @xo-chat/react.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*'], message: '@xo-chat/core is headless: React belongs in @xo-chat/react.' },
          ],
        },
      ],
    },
  },
  {
    // Content from the bot is never HTML: no innerHTML, no dangerouslySetInnerHTML anywhere in the kit.
    files: ['packages/react/src/**/*.{ts,tsx}', 'packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render elements, never HTML strings.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render elements, never HTML strings.' },
      ],
    },
  },
);
