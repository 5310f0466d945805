import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-offline',
      'coverage',
      'tests/e2e/out',
      'bench-out',
      '.reference',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  // One store (STYLE.md): only keystone-store.ts creates it; other state joins it as a slice.
  // Note: no-restricted-syntax, because the layers below own no-restricted-imports.
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/store/keystone-store.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/^zustand(\\/vanilla)?$/] > ImportSpecifier[imported.name=/^create(Store)?$/]',
          message:
            'One store: add a slice to src/store/keystone-store.ts instead of creating a store.',
        },
      ],
    },
  },
  // The domain is pure: no UI, no DOM, no storage, no export libraries.
  layer(
    ['src/domain/**'],
    [
      'react',
      'react-*',
      'zustand',
      'zustand/*',
      'jspdf',
      'jspdf-*',
      'docx',
      '**/store/**',
      '**/features/**',
      '**/export/**',
      '**/components/**',
      '**/shared/**',
      '**/app/**',
    ],
    'src/domain is pure TypeScript: no React, DOM, storage or export libraries.',
  ),
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  layer(
    ['src/store/**'],
    [
      'react',
      'react-dom',
      '**/features/**',
      '**/export/**',
      '**/components/**',
      '**/shared/**',
      '**/app/**',
    ],
    'src/store depends on the domain only.',
  ),
  layer(
    ['src/export/**'],
    ['react', 'react-dom', '**/features/**', '**/components/**', '**/shared/**', '**/app/**'],
    'src/export is pure models and renderers: no UI.',
  ),
  layer(
    ['src/components/**'],
    ['**/domain/**', '**/store/**', '**/features/**', '**/export/**', '**/shared/**', '**/app/**'],
    'src/components are generic: no domain words.',
  ),
  // What several features share (hooks over the store, the door for files) sits below them.
  // Imports between one feature and another, and import cycles, are found by
  // scripts/check-imports.mjs (run by `npm run lint`), which resolves paths as ESLint cannot.
  layer(
    ['src/shared/**'],
    ['**/features/**', '**/app/**'],
    'src/shared sits below the features: it imports the domain, store, export and components only.',
  ),
  layer(['src/features/**'], ['**/app/**'], 'Features do not import the app shell.'),
);
