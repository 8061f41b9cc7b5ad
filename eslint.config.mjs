import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The host apps in test/hosts/*/ are projects of their own, checked by their own tools.
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'public/', 'test/hosts/*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn'] }],
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      // Class fields compile to assignments (tsconfig: useDefineForClassFields false), which go
      // through the accessors Lit makes from `static properties`; the rule guards define semantics.
      'lit/no-classfield-shadowing': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);
