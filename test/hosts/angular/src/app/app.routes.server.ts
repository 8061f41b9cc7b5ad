import { RenderMode, ServerRoute } from '@angular/ssr';

export const serverRoutes: ServerRoute[] = [
  // Rendered in the browser alone.
  { path: '', renderMode: RenderMode.Client },
  // Rendered on the server for each request, then hydrated.
  { path: 'ssr', renderMode: RenderMode.Server },
];
