/** Reads one of the repository's fixtures (served by the test runner at /fixtures/). */
export async function loadFixture<T = unknown>(name: string): Promise<T> {
  const response = await window.fetch(`/fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name} not found`);
  return (await response.json()) as T;
}
