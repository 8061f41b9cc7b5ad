// 200 <flag-gate> elements, each holding a <health-contacts-list>, all sharing one toggles src and
// one contacts src, put on the page at once; the answers come 30 ms late. `window.runGatedLoad()`
// resolves with how long until every list shows its four cards, and how long the main thread
// stayed busy at most at a time meanwhile.
import { watchLongestTask } from './longest-task.js';

const LISTS = 200;
const NETWORK_DELAY = 30;
const TOGGLES_SRC = '/v0/feature_toggles';
const CONTACTS_SRC = '/v0/profile/contacts';

const [contacts, toggles] = await Promise.all(
  ['contacts-full.json', 'feature-toggles.json'].map((name) => fetch(`/fixtures/${name}`).then((r) => r.text())),
);

const requests = [];
window.fetch = async (input) => {
  const url = String(input);
  requests.push(url);
  await new Promise((resolve) => setTimeout(resolve, NETWORK_DELAY));
  const body = url.startsWith(TOGGLES_SRC) ? toggles : url === CONTACTS_SRC ? contacts : '';
  return new Response(body, { status: body ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
};

/** The Long Tasks API's longest entry, where the engine has it (Chromium); undefined elsewhere. */
function watchLongTasksApi() {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return { stop: () => undefined };
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return longest;
    },
  };
}

window.runGatedLoad = async () => {
  await customElements.whenDefined('health-contacts-list');
  const app = document.getElementById('app');
  let loaded = 0;
  const allLoaded = new Promise((resolve) =>
    app.addEventListener('contacts-load', () => {
      loaded += 1;
      if (loaded === LISTS) resolve();
    }),
  );
  const started = performance.now();
  const mainThread = watchLongestTask();
  const longTasks = watchLongTasksApi();
  app.innerHTML = Array.from(
    { length: LISTS },
    () => `<flag-gate flag="profile_contacts" src="${TOGGLES_SRC}"><health-contacts-list src="${CONTACTS_SRC}"></health-contacts-list></flag-gate>`,
  ).join('');
  const lists = [...app.querySelectorAll('health-contacts-list')];
  await allLoaded;
  await Promise.all(lists.map((list) => list.updateComplete));
  // Style and layout of what was rendered belong to the render too.
  app.getBoundingClientRect();
  const renderMs = performance.now() - started;
  // The task that rendered the last list ends before the watch's next tick can run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return {
    renderMs,
    longestTaskMs: mainThread.stop(),
    longTasksApiMs: longTasks.stop(),
    requests,
    listsWithFourCards: lists.filter((list) => list.shadowRoot.querySelectorAll('article').length === 4).length,
  };
};
