import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerMessages, type ContactCard } from '../../src/classes.js';
import { en } from '../../src/locales/en.js';

// A language table comes from whoever registers it, so its wording must arrive as text, never as
// markup.
describe('wording from a registered language table', () => {
  before(() => {
    registerMessages('x-markup', {
      ...en,
      roles: {
        ...en.roles,
        'emergency-primary': {
          heading: '<img src=x onerror="window.__pwned=1">Primero & <b>principal</b>',
          description: '</p><script>window.__pwned=2</script><p>',
          spoken: 'primero',
        },
      },
    });
  });

  it('is shown as text, never as markup', async () => {
    delete (window as { __pwned?: unknown }).__pwned;
    const el = await fixture<ContactCard>(
      html`<contact-card lang="x-markup" contact-type="Emergency Contact" given-name="Ana" primary-phone="512-555-0108"></contact-card>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="card-heading"]')!.textContent).to.equal(
      '<img src=x onerror="window.__pwned=1">Primero & <b>principal</b>',
    );
    expect(root.querySelector('[part="description"]')!.textContent).to.equal('</p><script>window.__pwned=2</script><p>');
    expect(root.querySelectorAll('img, script, b').length).to.equal(0);
    expect((window as { __pwned?: unknown }).__pwned).to.be.undefined;
    expect(root.querySelector('[part="name"]')!.textContent).to.equal('Ana');
  });
});
