// One validation path (issue 15): every module's input schema parses a JSON body as well as a
// form, names a bad field by its JSON pointer with the same Dutch message, refuses a control
// character in a JSON string as in a form field, and exports as JSON Schema for an OpenAPI
// document (input side; refinements and transforms are not representable and are left out).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactpersoonSchema } from '../../../src/modules/beheer/contactpersonen/rules';
import { locatieSchema } from '../../../src/modules/beheer/locaties/rules';
import { auditZoekSchema } from '../../../src/modules/auth/beheer/audit.schema';
import { nieuweGebruikerSchema, rolSchema } from '../../../src/modules/auth/gebruikers.service';
import { actieSchema, GEMEENTE_ACTIES, type GemeenteActie } from '../../../src/modules/gemeente/rules';
import { intrekkenSchema } from '../../../src/modules/meldingen/intrekken/intrekken.parse';
import { actiesSchema } from '../../../src/modules/meldingen/wizard/acties.parse';
import { leerlingSchema } from '../../../src/modules/meldingen/wizard/leerling.parse';
import { lesurenSchema } from '../../../src/modules/meldingen/wizard/lesuren.parse';
import type { StapContext } from '../../../src/modules/meldingen/wizard/stap';
import { verzuimSchema } from '../../../src/modules/meldingen/wizard/verzuim.parse';
import { beeindigenSchema, vrijstellingSchema } from '../../../src/modules/vrijstellingen/rules';
import { parseForm, parseJson } from '../../../src/platform/http/form';
import { commonMessages } from '../../../src/platform/messages/common';
import { feiten, geldigVerzuim } from '../meldingen/wizard-feiten';

const f = feiten();
const verzuim = parseJson(verzuimSchema({ feiten: f, eerder: {} }), geldigVerzuim);
if (!verzuim.ok) throw new Error(JSON.stringify(verzuim.errors));
const ctx: StapContext = { feiten: f, eerder: { verzuim: verzuim.data } };

const schemas: [string, z.ZodType][] = [
  ['wizard leerling', leerlingSchema],
  ['wizard verzuim', verzuimSchema(ctx)],
  ['wizard lesuren', lesurenSchema(ctx)],
  ['wizard actie school', actiesSchema],
  ['intrekken', intrekkenSchema('2026-09-01', '2026-10-01')],
  ...(Object.keys(GEMEENTE_ACTIES) as GemeenteActie[]).map((a): [string, z.ZodType] => [`gemeente ${a}`, actieSchema(a)]),
  ['vrijstelling', vrijstellingSchema],
  ['vrijstelling beëindigen', beeindigenSchema],
  ['beheer locatie', locatieSchema],
  ['beheer contactpersoon', contactpersoonSchema],
  ['beheer nieuwe gebruiker', nieuweGebruikerSchema],
  ['beheer rol', rolSchema],
  ['beheer audit zoeken', auditZoekSchema],
];

describe('One validation path: form and JSON through the same zod schema', () => {
  it.each(schemas)('%s exports as JSON Schema (input side)', (_naam, schema) => {
    const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    expect(typeof js.$schema).toBe('string');
  });

  it('the wizard\'s rows: the form field dag-0-datum is the JSON pointer /dag/0/datum, with the same message', () => {
    const form = parseForm(lesurenSchema(ctx), { 'dag-0-datum': '31-08-2026', 'dag-0-heleDag': 'ja' }, { rijen: ['dag'] });
    const json = parseJson(lesurenSchema(ctx), { dag: [{ datum: '31-08-2026', heleDag: 'ja' }] });
    expect(form.ok ? [] : form.errors.map((e) => e.field)).toEqual(['dag-0-datum']);
    expect(json.ok ? [] : json.errors).toEqual(form.ok ? [] : form.errors.map((e) => ({ ...e, field: '/dag/0/datum' })));
    const contact = parseJson(leerlingSchema, { contact: [{ naam: 'Oma', email: 'fout' }] });
    expect(contact.ok ? [] : contact.errors.map((e) => e.field)).toEqual(['/contact/0/email']);
  });

  it('a bad field of a JSON body gets the Dutch message at its JSON pointer', () => {
    expect(parseJson(verzuimSchema(ctx), { ...geldigVerzuim, van: '' })).toEqual({ ok: false, errors: [{ field: '/van', text: 'Vul de begindatum van de verzuimperiode in' }] });
    expect(parseJson(intrekkenSchema('2026-09-01', '2026-10-01'), {})).toEqual({ ok: false, errors: [{ field: '/reden', text: 'Kies de reden van intrekken' }] });
    expect(parseJson(actieSchema('terugkoppelen'), { toelichting: '' })).toMatchObject({ ok: false, errors: [{ field: '/toelichting' }] });
    expect(parseJson(vrijstellingSchema, { soort: '5a', begindatum: '' })).toMatchObject({ ok: false, errors: [{ field: '/begindatum' }] });
    // Begin ≤ end is checked whenever both dates are valid, also when the soort is wrong.
    const vrij = parseJson(vrijstellingSchema, { soort: 'x', begindatum: '10-03-2030', einddatum: '01-03-2030' });
    expect(vrij.ok ? [] : vrij.errors.map((e) => e.field)).toEqual(['/soort', '/einddatum']);
    expect(parseJson(locatieSchema, {})).toMatchObject({ ok: false, errors: [{ field: '/naam' }] });
  });

  it('security: a control character in a JSON string is refused at its pointer, a textarea keeps its line breaks', () => {
    const r = parseJson(actiesSchema, { acties: ['huisbezoek\u0000'], toelichtingActie: 'regel\nregel' }, { tekstvakken: ['toelichtingActie'] });
    expect(r).toEqual({ ok: false, errors: [{ field: '/acties', text: commonMessages.tekenNietToegestaan }] });
    const rij = parseJson(lesurenSchema(ctx), { dag: [{ datum: '01-09-2026', heleDag: 'ja', toelichting: 'a\u0001' }] });
    expect(rij.ok ? [] : rij.errors.map((e) => e.field)).toEqual(['/dag/0/toelichting']);
    expect(parseJson(actiesSchema, { acties: ['huisbezoek'], toelichtingActie: 'regel\nregel' }, { tekstvakken: ['toelichtingActie'] }).ok).toBe(true);
    expect(parseJson(actiesSchema, { acties: ['huisbezoek'], toelichtingActie: 'regel\nregel' })).toMatchObject({ ok: false, errors: [{ field: '/toelichtingActie' }] });
  });
});
