import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, ContactRole } from '../data/contact.js';
import type { EditorMessages } from '../locales/editor-messages.js';
import { heading } from '../shared/heading.js';
import { COUNTRIES, RELATIONSHIPS, SUFFIXES, US_STATES, regionCodeOf, stateName } from './form-options.js';
import { LENGTHS, REQUIRED_ALWAYS, validateContactForm, type FieldErrors, type FormField, type FormValues } from './validation.js';

export interface EditorDialog {
  readonly kind: 'cancel' | 'delete';
  readonly heading: string;
  readonly body: string;
  readonly confirm: string;
  readonly keep: string;
}

export interface EditorView {
  readonly role: ContactRole;
  /** The role's heading, as the card shows it. */
  readonly heading: string;
  readonly headingLevel: number;
  readonly m: EditorMessages;
  /** The page's language, for the countries' names. */
  readonly lang: string;
  readonly values: FormValues;
  /** The controls shown for the country chosen. */
  readonly shown: readonly FormField[];
  readonly errors: FieldErrors;
  readonly refused: ReadonlySet<FormField>;
  readonly contactType: string;
  readonly onFile?: Contact;
  readonly busy: boolean;
  readonly failure?: { readonly heading: string; readonly text: string };
  /** "Delete" (with whose contact it is), for a contact on file. */
  readonly deleteLabel?: string;
  readonly dialog?: EditorDialog;
  readonly onInput: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
  readonly onCancel: () => void;
  readonly onDelete: () => void;
  readonly onDialogClose: (event: Event) => void;
}

/** Controls that are selects, with the options each offers (value, label). */
type Options = readonly (readonly [string, string])[];

/**
 * The editor in the card's place, under the same heading: a native form, every control labelled
 * (required ones marked), each error above its control and tied to it, Save, Cancel and, for a
 * contact on file, Delete; and its dialog. Reads like the HTML it makes.
 */
export function renderEditor(view: EditorView): TemplateResult {
  const { m, failure, busy, dialog } = view;
  return html`<article part="editor" class="card editor" data-role=${view.role}>
    ${heading(view.headingLevel, 'card-heading', view.heading)}
    ${failure
      ? html`<div part="editor-failure" class="alert" tabindex="-1">
          <p class="alert-heading"><strong>${failure.heading}</strong></p>
          <p>${failure.text}</p>
        </div>`
      : nothing}
    <form novalidate @submit=${view.onSubmit} @input=${view.onInput} @change=${view.onInput}>
      ${view.shown.map((field) => renderField(view, field))}
      <div class="actions">
        <button part="save-button" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${m.save}</button>
        <button part="cancel-button" class="secondary" type="button" data-action="cancel" aria-disabled=${busy ? 'true' : 'false'}
          @click=${view.onCancel}>${m.cancel}</button>
        ${view.deleteLabel
          ? html`<button part="delete-button" class="secondary danger" type="button" data-action="delete" aria-label=${view.deleteLabel}
              aria-disabled=${busy ? 'true' : 'false'} @click=${view.onDelete}>${m.delete}</button>`
          : nothing}
      </div>
    </form>
    ${dialog
      ? html`<dialog part="editor-dialog" aria-labelledby="editor-dialog-heading" @close=${view.onDialogClose}>
          <p id="editor-dialog-heading" class="dialog-heading"><strong>${dialog.heading}</strong></p>
          <p>${dialog.body}</p>
          <form method="dialog" class="actions">
            <button value="confirm" class=${dialog.kind === 'delete' ? 'danger-filled' : 'primary'}>${dialog.confirm}</button>
            <button value="keep" class="secondary" autofocus>${dialog.keep}</button>
          </form>
        </dialog>`
      : nothing}
  </article>`;
}

/** One labelled control, its error above it. */
function renderField(view: EditorView, field: FormField): TemplateResult {
  const { m } = view;
  const id = `editor-${field}`;
  const error = errorText(view, field);
  const errorId = `${id}-error`;
  const required = isRequired(view, field);
  const value = view.values[field] ?? '';
  const options = optionsFor(view, field);
  const describedBy = error ? errorId : undefined;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${required ? `${m.labels[field]} ` : m.labels[field]}${required ? html`<span class="required">${m.required}</span>` : nothing}</label>
    ${error ? html`<span id=${errorId} class="error-message"><span class="visually-hidden">${m.errorPrefix}</span> ${error}</span>` : nothing}
    ${options
      ? html`<select id=${id} name=${field} autocomplete="off" ?required=${required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing}>
          <option value="" ?selected=${value === ''}>${m.choose}</option>
          ${options.map(([optionValue, label]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${label}</option>`)}
        </select>`
      : html`<input id=${id} name=${field} type=${field.endsWith('Phone') ? 'tel' : 'text'} autocomplete="off"
          .value=${value} ?required=${required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} />`}
  </div>`;
}

/** Whether a control is marked required: always, or with the address for next of kin and the country USA. */
function isRequired(view: EditorView, field: FormField): boolean {
  if (REQUIRED_ALWAYS.includes(field)) return true;
  // What the rules would say of this control if it were left empty.
  const values = { ...view.values, [field]: '' };
  return validateContactForm(view.contactType, values).errors[field] === 'required';
}

function errorText(view: EditorView, field: FormField): string | undefined {
  const { m } = view;
  const error = view.errors[field];
  if (!error) return view.refused.has(field) ? m.checkField : undefined;
  if (error === 'too-long') return m.tooLong(LENGTHS[field]!.max);
  if (error === 'too-short') return m.tooShort(LENGTHS[field]!.min!);
  return m.fieldErrors[field]?.[error] ?? m.checkField;
}

/** The options of a select, with an on-file value it does not offer as an extra one, "‹value› (on file)". */
function optionsFor(view: EditorView, field: FormField): Options | undefined {
  let options: Options;
  switch (field) {
    case 'suffix':
      options = SUFFIXES.map((suffix) => [suffix, suffix]);
      break;
    case 'relationship':
      options = RELATIONSHIPS.map((relationship) => [relationship, view.m.relationship(relationship)]);
      break;
    case 'country':
      options = countryOptions(view.lang);
      break;
    case 'state':
      options = US_STATES.map((code) => [code, stateName(code)]);
      break;
    default:
      return undefined;
  }
  const onFile = view.onFile?.[field];
  const value = view.values[field];
  return onFile && value === onFile && !options.some(([optionValue]) => optionValue === onFile)
    ? [...options, [onFile, view.m.onFile(onFile)]]
    : options;
}

const countriesByLanguage = new Map<string, Options>();

/** The countries named in the page's language, United States first, the rest in its alphabetical order. */
function countryOptions(lang: string): Options {
  const known = countriesByLanguage.get(lang);
  if (known) return known;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  const named = COUNTRIES.map((code) => [code, names?.of(regionCodeOf(code) ?? code) ?? code] as const);
  const [usa, ...rest] = named;
  const options: Options = [usa, ...rest.sort((a, b) => a[1].localeCompare(b[1], lang))];
  countriesByLanguage.set(lang, options);
  return options;
}
