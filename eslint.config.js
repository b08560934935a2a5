import js from '@eslint/js';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error', // logging goes through src/logger.ts (or the CLI)
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.ts'],
    ...lit['flat/recommended'],
  },
  {
    files: ['components/**/*.ts'],
    ...wc['flat/recommended'],
  },
  {
    // Elements reach the core only through its public barrel (DESIGN.md, layers).
    files: ['components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./src/(?!index\\.js$)',
              message: 'Import the core from src/index.js only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server speaks the protocol and nothing else of the core.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./src/(?!signaling/protocol\\.js$)',
              message: 'The server may import src/signaling/protocol.js only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '*.config.js', 'scripts/**', 'bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmark pages run in the browser; bench/run.mjs hands page functions to puppeteer.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.be.empty
    },
  },
);
