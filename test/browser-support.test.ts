import { expect, fixture, html } from '@open-wc/testing';

// What the elements need from the browser beyond the browser suite's own pages, checked in each
// engine that runs the suite: the README's browser table rests on these. (The server-rendered and
// strict pages themselves are tested from Node, in Chromium and Firefox.)

/** A document of its own, parsed by the browser's HTML parser as a page would be. */
async function page(markup: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = markup;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
  await loaded;
  return frame.contentDocument!;
}

const strictPolicy = `<meta http-equiv="Content-Security-Policy"
  content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">`;

describe('browser support', () => {
  it('parses declarative shadow DOM, so server-rendered contacts show before any script runs', async () => {
    const doc = await page('<div id="host"><template shadowrootmode="open"><p>Denise Okafor</p></template></div>');
    expect(doc.getElementById('host')!.shadowRoot?.textContent).to.equal('Denise Okafor');
  });

  it('enforces Trusted Types on a strict page, refusing markup from a string', async () => {
    const doc = await page(`${strictPolicy}<div id="target"></div>`);
    const target = doc.getElementById('target')!;
    expect(() => (target.innerHTML = '<b>unsafe</b>')).to.throw().with.property('name', 'TypeError');
    expect(target.children).to.have.length(0);
  });

  it("applies constructed style sheets in a shadow root under style-src 'self'", async () => {
    const doc = await page(`${strictPolicy}<div id="host"></div>`);
    const view = doc.defaultView! as Window & typeof globalThis;
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync('p { border-top: 1px solid; }');
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(doc.createElement('p'));
    expect(view.getComputedStyle(shadow.querySelector('p')!).borderTopStyle).to.equal('solid');
  });
});
