// Lint for the benchmark: the project's rules, with the globals each kind of file runs with.
import globals from 'globals';
import project from '../eslint.config.mjs';

export default [
  { ignores: ['node_modules/', '.out/'] },
  ...project,
  // Scripts run by Node; they print their figures.
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node }, rules: { 'no-console': 'off' } },
  // Pages' scripts, run by the browser.
  { files: ['**/*.js', '**/*.jsx'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];
