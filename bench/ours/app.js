// This package, the way a page uses its CDN bundle (loaded by a <script type="module"> before
// this one): a <health-contacts-list>, given its data or a fetch of its own.
const host = document.getElementById('app');

function mount(setUp) {
  const list = document.createElement('health-contacts-list');
  setUp(list);
  host.replaceChildren(list);
}

window.benchApp = {
  render(contacts) {
    mount((list) => {
      list.contacts = contacts;
    });
  },
  load(load) {
    mount((list) => {
      list.fetch = async () =>
        new Response(JSON.stringify(await load()), { headers: { 'content-type': 'application/json' } });
    });
  },
};
