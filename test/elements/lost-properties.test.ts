import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/**
 * What a framework leaves when it renders the tags before they are registered: a property written
 * as an attribute of the lower-cased name (Preact, and Solid's plain camelCase names).
 */
describe('a property a framework wrote as an attribute', () => {
  let warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('is named in one console warning per attribute, with the property to set, never the value', async () => {
    await fixture(html`<flag-gate flag="profile_contacts" rules="[object Object]">
      <health-contacts-list headinglevel="3" contacts="[object Object]" nonpatient=""></health-contacts-list>
    </flag-gate>`);
    expect(warnings.sort()).to.deep.equal([
      '<flag-gate> rules: an attribute it does not read. Set the property rules, after the elements are registered.',
      '<health-contacts-list> contacts: an attribute it does not read. Set the property contacts, after the elements are registered.',
      '<health-contacts-list> headinglevel: an attribute it does not read. Set the property headingLevel or the attribute heading-level, after the elements are registered.',
      '<health-contacts-list> nonpatient: an attribute it does not read. Set the property nonPatient or the attribute non-patient, after the elements are registered.',
    ]);
  });

  it('says nothing of attributes the elements read', async () => {
    await fixture(html`<flag-gate flag="profile_contacts" src="/v0/feature_toggles">
      <health-contacts-list heading-level="3" non-patient credentials="include" editable edit-flag="x" lang="en"></health-contacts-list>
      <contact-card contact-type="Emergency Contact" given-name="Ana" heading-level="4"></contact-card>
    </flag-gate>`);
    expect(warnings).to.deep.equal([]);
  });
});
