// Historie through the real pages (R-HIS-1): the list of versions (number, date-time, who, kind
// of change) in the shared overview, and a version beside the previous one with every
// difference marked in the previous version — fields and list rows — and version 1 alone.
// Also: the gemeente's scope through the same service, other schools' meldingen, audit lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemeenteToegang } from '../../../src/modules/meldingen/historie/historie.service';
import { nieuweVersie, type VersieActor } from '../../../src/modules/meldingen/versie';
import { parseOverzichtState } from '../../../src/platform/ui/overzicht-state';
import type { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { AMSTERDAM, DIEMEN, meldingSetup, SCHOOL, type MeldingSetup } from './setup';

const url = (nummer: string, sub = '') => `/verzuim/meldingen/${nummer}/historie${sub}`;

/** The table row whose header cell is `label` (the first one). */
function rij(html: string, label: string): string {
  const i = html.indexOf(`>${label}</th>`);
  if (i === -1) throw new Error(`geen rij "${label}"`);
  const start = html.lastIndexOf('<tr', i);
  return html.slice(start, html.indexOf('</tr>', i) + 5);
}
/** The cells of every row in the first table body, tags stripped. */
function lijstRijen(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
  return body.split('</tr>').slice(0, -1).map(cellen);
}
/** The cells of a row, tags stripped. */
const cellen = (tr: string) => [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());

describe(`Historie (R-HIS-1) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  let nummer: string;
  beforeAll(async () => {
    m = await meldingSetup();
    // A melding with three versions: filed, changed by the school, taken in behandeling.
    nummer = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: SCHOOL, van: '2030-03-02', tm: '2030-03-13' });
    const { id } = await m.t.db.selectFrom('meldingen').select('id').where('nummer', '=', nummer).executeTakeFirstOrThrow();
    const schrijf = (versie: number, actor: VersieActor, actie: 'wijzigen' | 'in_behandeling_nemen', wijzig: Parameters<typeof nieuweVersie>[1]['wijzig']) =>
      m.t.db.transaction().execute((trx) => nieuweVersie(trx, { meldingId: id, verwachteVersie: versie, actor, actie, op: m.clock(), wijzig }));
    const v2 = await schrijf(1, { soort: 'school', gebruikerId: m.melder.id, naam: 'Mevrouw Melder' }, 'wijzigen', (h) => ({
      einddatum: '2030-03-10',
      inhoud: {
        ...h.inhoud,
        leerlingStap: { ...h.inhoud.leerlingStap, extraContacten: [{ naam: 'Oma Dijk', relatie: 'grootmoeder', telefoon: '06 1234 5678', email: '' }] },
        verzuim: { ...h.inhoud.verzuim, tm: '2030-03-10' },
        lesuren: { dagen: [{ datum: '2030-03-02', heleDag: true, lesuren: [], toelichting: '' }, { datum: '2030-03-04', heleDag: false, lesuren: [1, 2], toelichting: 'te laat' }] },
        acties: { acties: ['huisbezoek'], toelichting: 'Huisbezoek op 5 maart' },
      },
    }));
    expect(v2.soort).toBe('opgeslagen');
    m.clock.advance(60 * 60 * 1000);
    const v3 = await schrijf(2, { soort: 'gemeente', gebruikerId: null, naam: 'J. de Vries (gemeente)' }, 'in_behandeling_nemen', (h) => ({
      inhoud: {
        ...h.inhoud,
        lesuren: { dagen: [{ datum: '2030-03-02', heleDag: false, lesuren: [3], toelichting: '' }] },
        gemeente: { contactpersoon: { naam: 'J. de Vries', functie: 'Leerplichtambtenaar', telefoon: '020 555 55 55', email: 'jdv@gemeente.example' }, toelichting: '', overgedragenAan: null, afsluiting: null },
      },
    }));
    expect(v3.soort).toBe('opgeslagen');
    // After the clock moved on: a session idles out after 30 minutes.
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  it('R-HIS-1 the list: every version with number, date-time, who and kind of change, newest first, each linking to its comparison', async () => {
    const r = await c.get(url(nummer));
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(`Overzicht historie melding ${nummer}`);
    expect(r.body).toContain('3 versies');
    const rows = lijstRijen(r.body);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['Versie 3', '16-03-2030 12:00:00', 'J. de Vries (gemeente)', 'In behandeling genomen', 'In behandeling']);
    expect(rows[1]).toEqual(['Versie 2', '16-03-2030 11:00:00', 'Mevrouw Melder', 'Gewijzigd door school', 'Geregistreerd']);
    expect(rows[2]![0]).toBe('Versie 1');
    expect(rows[2]!.slice(2)).toEqual(['Testfabriek', 'Melding opgevoerd', 'Geregistreerd']);
    // Newest first by default; the shared overview sorts the other way on request.
    expect(r.body.indexOf(url(nummer, '/3'))).toBeLessThan(r.body.indexOf(url(nummer, '/1')));
    const op = await c.get(`${url(nummer)}?sorteer=versie&richting=asc`);
    expect(op.body.indexOf(url(nummer, '/1'))).toBeLessThan(op.body.indexOf(url(nummer, '/3')));
    const audit = await m.t.db.selectFrom('audit_log').select(['actie', 'gebruikersnaam', 'instellingscode']).where('object_id', '=', nummer).where('actie', '=', 'melding_historie_ingezien').execute();
    expect(audit).toContainEqual({ actie: 'melding_historie_ingezien', gebruikersnaam: m.melder.gebruikersnaam, instellingscode: SCHOOL });
  });

  it('R-HIS-1 version 2 beside version 1: newest left, previous right; changed fields and list rows marked in the previous version with a word', async () => {
    const r = await c.get(url(nummer, '/2'));
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(`Details historie melding ${nummer}, versie 2`);
    expect(r.body).toContain('vl-privacy-warning');
    expect(cellen(rij(r.body, 'Gegeven'))).toEqual(['Gegeven', 'Versie 2', 'Vorige versie (1)']);
    const tm = rij(r.body, 'Verzuimperiode t/m');
    expect(cellen(tm)).toEqual(['Verzuimperiode t/m', '10-03-2030', 'Gewijzigd 13-03-2030']);
    expect(tm).toContain('class="utrecht-table__cell vl-diff vl-diff--gewijzigd"');
    expect(cellen(rij(r.body, 'Vermoedelijke reden'))).toEqual(['Vermoedelijke reden', 'afwezig vanwege ziekte', 'afwezig vanwege ziekte']);
    expect(rij(r.body, 'Vermoedelijke reden')).not.toContain('vl-diff');
    expect(cellen(rij(r.body, 'Aanvullend contact Oma Dijk'))).toEqual(['Aanvullend contact Oma Dijk', 'Oma Dijk, grootmoeder, 06 1234 5678', 'Toegevoegd Niet in deze versie']);
    expect(cellen(rij(r.body, 'Verzuimdag 04-03-2030'))).toEqual(['Verzuimdag 04-03-2030', 'Lesuur 1, 2 - te laat', 'Toegevoegd Niet in deze versie']);
    expect(cellen(rij(r.body, 'Toelichting ondernomen actie'))).toEqual(['Toelichting ondernomen actie', 'Huisbezoek op 5 maart', 'Gewijzigd Niet ingevuld']);
    const acties = r.body.slice(r.body.indexOf('>Actie school</caption>'), r.body.indexOf('</table>', r.body.indexOf('>Actie school</caption>')));
    expect(acties).toContain('Gesprek met leerling');
    // In the reference list's order: Gesprek met leerling (removed) before Huisbezoek (added).
    expect(lijstRijen(acties).slice(0, 2)).toEqual([
      ['Ondernomen actie door school', 'Niet in deze versie', 'Verwijderd Gesprek met leerling'],
      ['Ondernomen actie door school', 'Huisbezoek', 'Toegevoegd Niet in deze versie'],
    ]);
    // t/m, a contact, two verzuimdagen, two acties and the toelichting actie.
    expect(r.body).toContain('Er zijn 7 gegevens anders dan in de vorige versie.');
    expect(r.body).toContain(`href="${url(nummer, '/1')}"`);
    expect(r.body).toContain(`href="${url(nummer, '/3')}"`);
    const audit = await m.t.db.selectFrom('audit_log').select('details').where('object_id', '=', nummer).where('actie', '=', 'melding_versie_ingezien').execute();
    expect(audit).toContainEqual({ details: { versie: 2 } });
  });

  it('R-HIS-1 version 3: a verzuimdag changed and one removed, status and the gemeente\'s terugkoppeling marked', async () => {
    const r = await c.get(url(nummer, '/3'));
    expect(r.statusCode).toBe(200);
    expect(cellen(rij(r.body, 'Status'))).toEqual(['Status', 'In behandeling', 'Gewijzigd Geregistreerd']);
    expect(cellen(rij(r.body, 'Verzuimdag 02-03-2030'))).toEqual(['Verzuimdag 02-03-2030', 'Lesuur 3', 'Gewijzigd Hele dag']);
    expect(cellen(rij(r.body, 'Verzuimdag 04-03-2030'))).toEqual(['Verzuimdag 04-03-2030', 'Niet in deze versie', 'Verwijderd Lesuur 1, 2 - te laat']);
    expect(cellen(rij(r.body, 'Naam gemeentelijke contactpersoon'))).toEqual(['Naam gemeentelijke contactpersoon', 'J. de Vries', 'Gewijzigd Niet ingevuld']);
    expect(cellen(rij(r.body, 'Verzuimperiode t/m'))).toEqual(['Verzuimperiode t/m', '10-03-2030', '10-03-2030']);
    expect(r.body).not.toContain(`href="${url(nummer, '/4')}"`);
  });

  it('R-HIS-1 version 1 shows alone, as the first version', async () => {
    const r = await c.get(url(nummer, '/1'));
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Dit is de eerste versie van de melding');
    expect(r.body).not.toContain('Vorige versie (');
    expect(r.body).not.toContain('vl-diff--');
    expect(cellen(rij(r.body, 'Verzuimperiode t/m'))).toEqual(['Verzuimperiode t/m', '13-03-2030']);
  });

  it('R-HIS-1 a version that does not exist is 404', async () => {
    for (const v of ['0', '4', 'abc', '99999999999']) expect((await c.get(url(nummer, `/${v}`))).statusCode).toBe(404);
  });

  it('R-HIS-1 R-INT-1 a withdrawal is a version with its reason', async () => {
    const ander = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: SCHOOL, van: '2030-03-05' });
    await c.get(`/verzuim/meldingen/${ander}/intrekken`);
    expect((await c.post(`/verzuim/meldingen/${ander}/intrekken`, { versie: '1', reden: 'onterecht_opgevoerd', toelichting: 'Was wel aanwezig' })).statusCode).toBe(303);
    const lijst = await c.get(url(ander));
    expect(lijstRijen(lijst.body)[0]!.slice(2)).toEqual([`Test ${m.melder.gebruikersnaam}`, 'Ingetrokken', 'Ingetrokken']);
    const v2 = await c.get(url(ander, '/2'));
    expect(cellen(rij(v2.body, 'Reden intrekken'))).toEqual(['Reden intrekken', 'Onterecht opgevoerd', 'Gewijzigd Niet ingevuld']);
    expect(cellen(rij(v2.body, 'Toelichting intrekken'))).toEqual(['Toelichting intrekken', 'Was wel aanwezig', 'Gewijzigd Niet ingevuld']);
  });

  it('R-AUTH-3 another school\'s melding: 404 on the list and on a version, audited', async () => {
    const vreemd = await melding(m.t.services, { pgn: await m.leerling({ school: '02CD' }), instellingscode: '02CD', van: '2030-03-02' });
    expect((await c.get(url(vreemd))).statusCode).toBe(404);
    expect((await c.get(url(vreemd, '/1'))).statusCode).toBe(404);
    expect((await c.get(url('geen-nummer'))).statusCode).toBe(404);
    const geweigerd = await m.t.db.selectFrom('audit_log').select('details').where('actie', '=', 'toegang_geweigerd').where('object_id', '=', vreemd).execute();
    expect(geweigerd).toHaveLength(2);
  });

  it('R-HIS-1 R-AUTH-3 the gemeente scope: the behandelende gemeente reads the same history, another gemeente gets 404 (audited with its code)', async () => {
    const svc = m.t.services.meldingen.historie;
    const lezer = (gemeentecode: string) => gemeenteToegang({ gemeentecode, gebruikerId: m.melder.id, gebruikersnaam: 'behandelaar', ip: null });
    const state = parseOverzichtState({}, { sortable: ['versie'], defaultSort: 'versie', defaultDir: 'desc' });
    const lijst = await svc.lijst(lezer(AMSTERDAM), nummer, state);
    expect(lijst).toMatchObject({ nummer, status: 'B', laatsteVersie: 3, total: 3 });
    expect(lijst.rows.map((r) => r.versie)).toEqual([3, 2, 1]);
    const v3 = await svc.versie(lezer(AMSTERDAM), nummer, '3');
    expect(v3).toMatchObject({ nieuw: { versie: 3, soortWijziging: 'in_behandeling_nemen' }, vorig: { versie: 2 } });
    await expect(svc.lijst(lezer(DIEMEN), nummer, state)).rejects.toMatchObject({ code: 'niet_gevonden' });
    await expect(svc.versie(lezer(DIEMEN), nummer, '1')).rejects.toMatchObject({ code: 'niet_gevonden' });
    const audit = await m.t.db.selectFrom('audit_log').select(['actie', 'gemeentecode', 'details']).where('object_id', '=', nummer).where('gebruikersnaam', '=', 'behandelaar').execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { actie: 'melding_historie_ingezien', gemeentecode: AMSTERDAM, details: {} },
        { actie: 'melding_versie_ingezien', gemeentecode: AMSTERDAM, details: { versie: 3 } },
        { actie: 'toegang_geweigerd', gemeentecode: DIEMEN, details: { reden: 'andere_gemeente' } },
      ]),
    );
  });
});
