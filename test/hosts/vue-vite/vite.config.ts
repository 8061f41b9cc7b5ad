import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const TAGS = ['flag-gate', 'health-contacts-list', 'contact-card'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
});
