// Historie (R-HIS-1) for the gemeente behandelaar through the real pages, on PGlite and
// PostgreSQL: the versions its actions made, a version beside the previous one, and no access
// to another gemeente's melding or one routed away (R-GEM-5, R-AUTH-3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { DIEMEN } from '../meldingen/setup';
import { actie, gemeenteSetup, meldingPad, UTRECHT, type GemeenteSetup } from './setup';

describe(`Historie for the gemeente (R-HIS-1, R-GEM-5) on ${testDatabaseKind}`, () => {
  let m: GemeenteSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await gemeenteSetup();
    c = await m.inloggen(m.behandelaar);
  });
  afterAll(async () => m?.t.close());

  it('R-HIS-1 R-GEM-3 the versions of the gemeente\'s actions, linked from the detail page; a version beside the one before; audited', async () => {
    const nummer = await m.nieuweMelding();
    await actie(c, nummer, 'in-behandeling-nemen', { naam: 'Lotte Leerplicht', email: 'lotte@amsterdam.example' });
    await actie(c, nummer, 'terugkoppelen', { toelichting: 'Gesprek gepland' });
    expect((await c.get(meldingPad(nummer))).body).toContain(`href="${meldingPad(nummer, '/historie')}"`);
    const lijst = await c.get(meldingPad(nummer, '/historie'));
    expect(lijst.statusCode).toBe(200);
    for (const t of ['Melding opgevoerd', 'In behandeling genomen', 'Terugkoppeling gemeente', 'Test leerplicht']) expect(lijst.body).toContain(t);
    expect(lijst.body).toContain(`href="${meldingPad(nummer, '/historie/3')}"`);
    const v = await c.get(meldingPad(nummer, '/historie/3'));
    expect(v.statusCode).toBe(200);
    expect(v.body).toContain('Gesprek gepland');
    const a = await m.t.db.selectFrom('audit_log').select(['actie', 'gemeentecode']).where('object_id', '=', nummer).where('actie', 'in', ['melding_historie_ingezien', 'melding_versie_ingezien']).execute();
    expect(a.map((x) => x.actie).sort()).toEqual(['melding_historie_ingezien', 'melding_versie_ingezien']);
  });

  it('R-GEM-5 R-AUTH-3 another gemeente\'s melding and one routed away: 404, audited', async () => {
    const diemens = await m.nieuweMelding({ gemeentecode: DIEMEN });
    expect((await c.get(meldingPad(diemens, '/historie'))).statusCode).toBe(404);
    expect((await c.get(meldingPad(diemens, '/historie/1'))).statusCode).toBe(404);
    const nummer = await m.nieuweMelding();
    await actie(c, nummer, 'routeren', { gemeente: UTRECHT });
    expect((await c.get(meldingPad(nummer, '/historie'))).statusCode).toBe(404);
    const u = await m.inloggen(m.utrecht);
    const lijst = await u.get(meldingPad(nummer, '/historie'));
    expect(lijst.statusCode).toBe(200);
    expect(lijst.body).toContain('Gerouteerd naar andere gemeente');
    const geweigerd = await m.t.db.selectFrom('audit_log').select('details').where('actie', '=', 'toegang_geweigerd').where('object_id', 'in', [diemens, nummer]).execute();
    expect(geweigerd).toHaveLength(3);
  });
});
