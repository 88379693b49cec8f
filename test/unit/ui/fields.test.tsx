import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Checkboxes, jaNee, Radios } from '../../../src/platform/ui/choices';
import { ErrorSummary, errorFor } from '../../../src/platform/ui/error-summary';
import { Button, HiddenCsrf, PasswordField, Select, TextArea, TextField } from '../../../src/platform/ui/fields';

describe('error summary and field errors (R-UI-7, GOV.UK pattern)', () => {
  const errors = [
    { field: 'achternaam', text: 'Vul de achternaam in.' },
    { field: 'begindatum', text: 'Vul een geldige begindatum in.' },
  ];

  it('R-UI-7 the summary is an alert with "Er is een probleem" and a link to each field', () => {
    const html = renderToString(<ErrorSummary errors={errors} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('Er is een probleem');
    expect(html).toContain('<a href="#achternaam">Vul de achternaam in.</a>');
    expect(html).toContain('<a href="#begindatum">Vul een geldige begindatum in.</a>');
  });

  it('R-UI-7 no errors, no summary', () => {
    expect(renderToString(<ErrorSummary errors={[]} />)).toBe('');
  });

  it('R-UI-7 errorFor picks the first message of one field', () => {
    expect(errorFor(errors, 'begindatum')).toBe('Vul een geldige begindatum in.');
    expect(errorFor(errors, 'voornaam')).toBeUndefined();
    expect(errorFor(undefined, 'voornaam')).toBeUndefined();
  });

  it('R-UI-7 a text field keeps the typed value, and links label, hint and error to the input', () => {
    const html = renderToString(
      <TextField name="achternaam" label="Achternaam" value={'Jansen "<b>"'} hint="Zoals in de basisregistratie." error="Vul de achternaam in." />,
    );
    expect(html).toContain('<label class="utrecht-form-label vl-label" for="achternaam">Achternaam</label>');
    expect(html).toContain('id="achternaam"');
    expect(html).toContain('value="Jansen &quot;&lt;b>&quot;"');
    expect(html).toContain('id="achternaam-hint"');
    expect(html).toContain('<p class="utrecht-form-field-error-message vl-field-error" id="achternaam-fout"><span class="visually-hidden">Fout: </span>Vul de achternaam in.</p>');
    expect(html).toContain('aria-describedby="achternaam-hint achternaam-fout"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('R-UI-7 a valid field has no aria-invalid and no describedby without hint', () => {
    const html = renderToString(<TextField name="voornaam" label="Voornaam" optional />);
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
    expect(html).toContain('(niet verplicht)');
  });

  it('R-UI-7 a password field never re-fills its value', () => {
    const html = renderToString(<PasswordField name="wachtwoord" label="Wachtwoord" error="Onjuist." />);
    expect(html).toContain('type="password"');
    expect(html).not.toContain('value=');
    expect(html).toContain('autocomplete="current-password"');
  });

  it('R-UI-7 a textarea keeps its text and states its maximum length', () => {
    const html = renderToString(<TextArea name="toelichting" label="Toelichting" value="a < b" maxLength={2000} />);
    expect(html).toContain('maxlength="2000"');
    expect(html).toContain('>a &lt; b</textarea>');
    expect(html).toContain('Maximaal 2.000 tekens.');
    expect(html).toContain('aria-describedby="toelichting-hint"');
  });

  it('R-UI-7 a select keeps the chosen option and starts with "Maak een keuze"', () => {
    const html = renderToString(
      <Select name="reden" label="Reden" value="b" options={[{ value: 'a', label: 'Ziekte' }, { value: 'b', label: 'Vakantie' }]} />,
    );
    // An empty attribute renders as bare `value`, which HTML reads as value="".
    expect(html).toMatch(/<option value(="")?>Maak een keuze<\/option>/);
    expect(html).toMatch(/<option (selected value="b"|value="b" selected)>Vakantie<\/option>/);
    expect(html).toContain('<option value="a">Ziekte</option>');
  });

  it('R-UI-7 radios: a fieldset with legend, the first option has the field id, the chosen one is checked', () => {
    const html = renderToString(<Radios name="actie" label="Actie gewenst?" options={jaNee} value="nee" error="Kies ja of nee." inline />);
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="actie-fout"/);
    expect(html).toMatch(/<legend[^>]*>Actie gewenst\?<\/legend>/);
    expect(html).toMatch(/<input[^>]*id="actie" name="actie" value="ja"(?! checked)/);
    expect(html).toMatch(/<input[^>]*id="actie-2" name="actie" value="nee" checked/);
    expect(html).toContain('<label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio" for="actie-2">Nee</label>');
    expect(html).toContain('vl-choices--inline');
  });

  it('R-UI-7 checkboxes keep every checked value, one posted value as a string too', () => {
    const options = [{ value: 'ma', label: 'Maandag' }, { value: 'di', label: 'Dinsdag' }, { value: 'wo', label: 'Woensdag' }];
    const many = renderToString(<Checkboxes name="dagen" label="Dagen" options={options} values={['ma', 'wo']} />);
    expect(many.match(/ checked/g)).toHaveLength(2);
    expect(many).toMatch(/type="checkbox" id="dagen-3" name="dagen" value="wo" checked/);
    const one = renderToString(<Checkboxes name="dagen" label="Dagen" options={options} values="di" />);
    expect(one).toMatch(/id="dagen-2" name="dagen" value="di" checked/);
  });

  it('R-UI-7 buttons and the CSRF field', () => {
    expect(renderToString(<Button>Volgende</Button>)).toBe('<button class="utrecht-button utrecht-button--primary-action" type="submit">Volgende</button>');
    expect(renderToString(<Button variant="secondary" type="button">Terug</Button>)).toContain('utrecht-button--secondary-action');
    expect(renderToString(<HiddenCsrf token={'a"b'} />)).toBe('<input type="hidden" name="_csrf" value="a&quot;b"/>');
  });
});
