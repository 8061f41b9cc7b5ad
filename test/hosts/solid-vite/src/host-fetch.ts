/**
 * The app's own fetch, as a host that adds its own headers to API requests has it: each request
 * it sends says which app sent it.
 */
export const hostFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('X-Host-App', 'solid-vite');
  return fetch(input, { ...init, headers });
};
