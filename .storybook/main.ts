import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));
// The stories answer API requests from the shared fixtures, which live beside the repository.
const sharedFixtures = fileURLToPath(new URL('../../shared/fixtures', import.meta.url));

/**
 * Storybook bundles the package from its source, where package.json's `sideEffects` (written for
 * dist/) would let the bundler drop the modules that register the elements: keep them.
 */
const keepSourceSideEffects = {
  name: 'keep-source-side-effects',
  transform(code: string, id: string) {
    return id.startsWith(sourceDir) ? { code, moduleSideEffects: true } : undefined;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The dev server only serves files it is allowed to; the fixtures are outside the repository.
      server: { fs: { allow: [repositoryRoot, sharedFixtures] } },
      plugins: [keepSourceSideEffects],
    });
  },
};

export default config;
