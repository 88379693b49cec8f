// Who may use Beheer locaties and Beheer contactpersonen (R-AUTH-3): only a beheerder
// onderwijs, only for the instelling of the session. Another instelling's record, an unknown
// or a malformed id answers 404 (existence does not leak) and is written to the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { contactpersoon, gebruiker, locatie } from '../../helpers/factories';
import { auditRegels, beheerWereld, type BeheerWereld } from './setup';

const menu = (html: string) => [...html.matchAll(/class="vl-menu__link[^"]*" href="([^"]+)"/g)].map((m) => m[1]);

describe(`Beheer access on ${testDatabaseKind}`, () => {
  let w: BeheerWereld;
  beforeAll(async () => {
    w = await beheerWereld();
  });
  afterAll(async () => w?.t.close());

  it('R-AUTH-3 the menu shows Beheer locaties and Beheer contactpersonen to a beheerder onderwijs, and not to a melder', async () => {
    const s = await w.school('40AA');
    const start = await s.c.get('/');
    expect(menu(start.body)).toEqual(['/', '/beheer/locaties', '/beheer/contactpersonen']);
    expect(start.body).toContain('>Beheer locaties</a>');
    expect(start.body).toContain('>Beheer contactpersonen</a>');

    const melder = await gebruiker(w.t.services, 'melder.40aa', [{ rol: 'melder', code: s.code }]);
    const melderMenu = menu((await (await w.loggedIn(melder)).get('/')).body);
    expect(melderMenu).not.toContain('/beheer/locaties');
    expect(melderMenu).not.toContain('/beheer/contactpersonen');
  });

  it('R-AUTH-3 a melder without the beheerder role gets 403 on every page and every form post, and changes nothing', async () => {
    const s = await w.school('41AA');
    const l = await locatie(w.t.services, s.code, 'Hoofdgebouw');
    const c = await contactpersoon(w.t.services, s.code, 'Fenna Fokkema');
    const melder = await gebruiker(w.t.services, 'melder.41aa', [{ rol: 'melder', code: s.code }]);
    const m = await w.loggedIn(melder);
    await m.get('/');
    for (const [pad, id] of [
      ['/beheer/locaties', l.id],
      ['/beheer/contactpersonen', c.id],
    ] as const) {
      for (const url of [pad, `${pad}?zoek=`, `${pad}/toevoegen`, `${pad}/${id}/wijzigen`, `${pad}/${id}/verwijderen`]) {
        const res = await m.get(url);
        expect(res.statusCode, url).toBe(403);
        expect(res.body).toContain('Geen toegang');
      }
      expect((await m.post(`${pad}/toevoegen`, { naam: 'Nieuw' })).statusCode).toBe(403);
      expect((await m.post(`${pad}/${id}/wijzigen`, { naam: 'Anders' })).statusCode).toBe(403);
      expect((await m.post(`${pad}/${id}/verwijderen`)).statusCode).toBe(403);
    }
    expect((await w.t.services.locaties.keuzelijst(s.code)).map((x) => x.naam)).toEqual(['Hoofdgebouw']);
    expect((await w.t.services.contactpersonen.keuzelijst(s.code)).map((x) => x.naam)).toEqual(['Fenna Fokkema']);
  });

  it('R-AUTH-3 another instelling\'s location or contactpersoon answers 404 on every route, is audited, and is left as it was', async () => {
    const s = await w.school('42AA');
    const andere = await w.school('42BB');
    const l = await locatie(w.t.services, andere.code, 'Hun Gebouw');
    const c = await contactpersoon(w.t.services, andere.code, 'Hun Contact');
    await s.c.get('/beheer/locaties');
    for (const [pad, id, type] of [
      ['/beheer/locaties', l.id, 'locatie'],
      ['/beheer/contactpersonen', c.id, 'contactpersoon'],
    ] as const) {
      const voor = (await auditRegels(w.t, 'toegang_geweigerd')).length;
      const antwoorden = [
        await s.c.get(`${pad}/${id}/wijzigen`),
        await s.c.get(`${pad}/${id}/verwijderen`),
        await s.c.post(`${pad}/${id}/wijzigen`, { naam: 'Overgenomen', telefoonnummer: '0201234567', email: 'x@y.example' }),
        await s.c.post(`${pad}/${id}/verwijderen`),
      ];
      for (const res of antwoorden) {
        expect(res.statusCode).toBe(404);
        expect(res.body).toContain('Pagina niet gevonden');
        expect(res.body).not.toContain('Hun ');
      }
      const regels = (await auditRegels(w.t, 'toegang_geweigerd')).slice(voor);
      expect(regels).toHaveLength(4);
      for (const r of regels) {
        expect(r).toMatchObject({ object_type: type, object_id: id, instellingscode: s.code, gebruikersnaam: s.beheerder.gebruikersnaam });
        expect(r.details).toEqual({ reden: 'andere_instelling' });
      }
    }
    expect((await w.t.services.locaties.keuzelijst(andere.code)).map((x) => x.naam)).toEqual(['Hun Gebouw']);
    expect((await w.t.services.contactpersonen.keuzelijst(andere.code)).map((x) => x.naam)).toEqual(['Hun Contact']);
    // Their own beheerder still reaches them.
    expect((await andere.c.get(`/beheer/locaties/${l.id}/wijzigen`)).statusCode).toBe(200);
  });

  it('R-AUTH-3 an unknown or malformed id answers the same 404, audited with its reason', async () => {
    const s = await w.school('43AA');
    await s.c.get('/beheer/locaties');
    const onbekend = '00000000-0000-4000-8000-000000000000';
    for (const [id, reden] of [
      [onbekend, 'onbekend'],
      ['1 or 1=1', 'ongeldig_id'],
      ['../../etc', 'ongeldig_id'],
    ] as const) {
      const res = await s.c.get(`/beheer/contactpersonen/${encodeURIComponent(id)}/wijzigen`);
      expect(res.statusCode, id).toBe(404);
      const regel = (await auditRegels(w.t, 'toegang_geweigerd')).at(-1)!;
      expect(regel).toMatchObject({ object_type: 'contactpersoon', object_id: id, instellingscode: s.code });
      expect(regel.details).toEqual({ reden });
    }
    expect((await s.c.post(`/beheer/locaties/${onbekend}/verwijderen`)).statusCode).toBe(404);
  });

  it('R-AUTH-3 a beheerder of two instellingen works on the chosen one only; Annuleren and Opslaan never leave the page\'s own list', async () => {
    await w.school('44AA');
    const b = await w.school('44BB');
    const beide = await gebruiker(w.t.services, 'beheer.beide', [
      { rol: 'beheerder_onderwijs', code: '44AA' },
      { rol: 'beheerder_onderwijs', code: b.code },
    ]);
    const c = await w.loggedIn(beide);
    const kiezen = await c.get('/beheer/locaties?zoek=');
    expect(kiezen.statusCode).toBe(303);
    expect(kiezen.headers.location).toContain('/instelling-kiezen');
    await c.get(String(kiezen.headers.location));
    await c.post(`/instelling-kiezen?terug=${encodeURIComponent('/beheer/locaties?zoek=')}`, { code: b.code });
    const l = await locatie(w.t.services, '44AA', 'Alleen van 44AA');
    expect((await c.get(`/beheer/locaties/${l.id}/wijzigen`)).statusCode).toBe(404);

    // A `terug` that points elsewhere is ignored: back to the list, never off-site.
    const eigen = await locatie(w.t.services, b.code, 'Van 44BB');
    for (const terug of ['https://evil.example/', '//evil.example', '/beheer/locatiesX', '/beheer/locaties\\@evil']) {
      const form = await c.get(`/beheer/locaties/${eigen.id}/wijzigen?terug=${encodeURIComponent(terug)}`);
      expect(form.body, terug).toContain('href="/beheer/locaties?zoek="');
      const saved = await c.post(`/beheer/locaties/${eigen.id}/wijzigen?terug=${encodeURIComponent(terug)}`, { naam: 'Van 44BB' });
      expect(saved.headers.location, terug).toBe('/beheer/locaties?zoek=');
    }
  });
});
