// Lint with type information: floating promises and misused promises are bugs in a server.
import tseslint from 'typescript-eslint';
import moduleGrenzen from './eslint/module-grenzen.js';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'coverage', 'bench/results', 'public', '*.config.js', 'eslint/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Module boundaries (docs/architecture.md, "Modules"): faces only, platform imports no module.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: moduleGrenzen },
    rules: { 'local/module-grenzen': 'error' },
  },
);
