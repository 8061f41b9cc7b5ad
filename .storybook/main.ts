import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
// The stories answer API requests from the shared fixtures, which live beside the repository.
const sharedFixtures = fileURLToPath(new URL('../../shared/fixtures', import.meta.url));

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
    });
  },
};

export default config;
