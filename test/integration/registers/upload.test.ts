// Uploading a register file on /beheer/registers (R-REG-3) through the real app: the form, a
// good file loaded and in the history, a bad row loading nothing with line/column/reason, the
// CSRF token read from the multipart stream, refusals for other roles, and the form's own
// errors (no file, empty, wrong kind, too large).
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../../src/modules/registers/generator/csv';
import { INSTELLINGEN_COLUMNS } from '../../../src/modules/registers/generator/registries';
import { LEERLINGEN_COLUMNS } from '../../../src/modules/registers/generator/leerling';
import { registerImportMessages as m } from '../../../src/modules/registers/messages';
import { createTestApp, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, instelling, type TestUser } from '../../helpers/factories';
import { baseSet, bsn, writeSet } from './fixtures';

const u = m.upload;
const csv = (header: readonly string[], rows: string[][]) => [header, ...rows].map(csvLine).join('');
const file = (filename: string, content: string | Buffer) => ({ filename, content });
/** Text as preact writes it into the page. */
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** Temporary upload directories left behind (there must be none). */
const uploadDirs = async () => (await readdir(os.tmpdir())).filter((n) => n.startsWith('vl-upload-')).sort();

describe(`Uploading a register file on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let beheerder: TestUser;
  let melder: TestUser;
  let dirsBefore: string[];
  const clients = new Map<TestUser, TestClient>();
  // One login per user: a TOTP code is accepted once (replay protection).
  const as = async (user: TestUser, app = t) => {
    let c = clients.get(user);
    if (!c) {
      c = new TestClient(app.app);
      await c.login(user.gebruikersnaam, user.wachtwoord, user.totpSecret);
      clients.set(user, c);
    }
    await c.get('/beheer/registers');
    return c;
  };
  const imports = () => t.db.selectFrom('register_imports').select(['id', 'soort', 'bestandsnaam', 'resultaat', 'door_naam']).orderBy('id').execute();

  beforeAll(async () => {
    dirsBefore = await uploadDirs();
    t = await createTestApp();
    await instelling(t.services, '99ZZ');
    beheerder = await gebruiker(t.services, 'beheer', [{ rol: 'functioneel_beheerder' }]);
    melder = await gebruiker(t.services, 'melder', [{ rol: 'melder', code: '99ZZ' }]);
    // What instellingen and leerlingen refer to: gemeenten with their RMC-regio's.
    const files = await writeSet(baseSet(), ['rmc-regios', 'gemeenten']);
    await t.services.registerImport.importPath(files.dir, { door: { gebruikerId: null, gebruikersnaam: 'cli:test' } });
    await files.cleanup();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('R-REG-3 the Registers page has a multipart upload form: token first, the kinds the import knows, a file field with help on the format', async () => {
    const c = await as(beheerder);
    const page = c.lastHtml;
    expect(page).toMatch(/<form method="post" action="\/beheer\/registers" enctype="multipart\/form-data" novalidate><input type="hidden" name="_csrf"/);
    for (const soort of Object.values(m.soorten)) expect(page).toContain(`>${html(soort)}</label>`);
    expect(page).toContain('<input class="vl-file" type="file" id="bestand" name="bestand" accept=".csv,text/csv"');
    expect(page).toContain(u.bestandHint('500 MB'));
    expect(page).toContain('href="/beheer/registers/formaat"');
    const formaat = await c.get('/beheer/registers/formaat');
    expect(formaat.statusCode).toBe(200);
    expect(formaat.body).toContain('<li><code>instellingscode</code></li><li><code>vestigingscode</code></li>');
  });

  it('R-REG-3 a good file is loaded, reported with its counts and shown in the history; a second upload changes nothing', async () => {
    const c = await as(beheerder);
    const content = csv(INSTELLINGEN_COLUMNS, baseSet().instellingen);
    const res = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('scholen 2026.csv', content)]]);
    expect(res.statusCode).toBe(303);
    const [imp] = (await imports()).filter((i) => i.soort === 'instellingen');
    expect(imp).toMatchObject({ bestandsnaam: 'scholen 2026.csv', resultaat: 'geladen', door_naam: 'beheer' });
    expect(res.headers.location).toBe(`/beheer/registers/${imp!.id}`);
    const report = await c.get(String(res.headers.location));
    expect(report.body).toContain(u.geladen('scholen 2026.csv'));
    expect(report.body).toMatch(/Toegevoegd<\/dt>\s*<dd[^>]*>3</);
    const vestigingen = await t.db.selectFrom('vestigingen').select('vestigingscode').execute();
    expect(vestigingen).toHaveLength(3);
    const history = await c.get('/beheer/registers');
    expect(history.body).toContain('scholen 2026.csv');

    // Idempotent: the same file again adds nothing; every upload gets exactly one audit line.
    const again = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('scholen 2026.csv', content)]]);
    expect(again.statusCode).toBe(303);
    expect((await c.get(String(again.headers.location))).body).toMatch(/Ongewijzigd<\/dt>\s*<dd[^>]*>3</);
    const audit = await t.db.selectFrom('audit_log').select(['object_id', 'gebruikersnaam', 'ip']).where('actie', '=', 'registerimport').where('gebruikersnaam', '=', beheerder.gebruikersnaam).execute();
    const uploads = (await imports()).filter((i) => i.soort === 'instellingen').map((i) => i.id);
    expect(audit.map((a) => a.object_id).sort()).toEqual(uploads.sort());
    expect(audit[0]!.ip).toBe('127.0.0.1');
  });

  it('R-REG-3 a file with a bad row loads nothing and shows line, column and reason, with the kind kept', async () => {
    const c = await as(beheerder);
    const rows = baseSet().leerlingen;
    rows[1]![5] = 'X'; // line 3, geslacht
    const before = await t.db.selectFrom('leerlingen').select('pgn').execute();
    const res = await c.postMultipart('/beheer/registers', [['soort', 'leerlingen'], ['bestand', file('leerlingen.csv', csv(LEERLINGEN_COLUMNS, rows))]]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(u.afgekeurd('leerlingen.csv', 1));
    expect(res.body).toContain('<a href="#bestand">');
    expect(res.body).toMatch(/<td[^>]*>3<\/td><td[^>]*>geslacht<\/td><td[^>]*>Vul M of V in\.<\/td>/);
    expect(res.body).toMatch(/<input[^>]*id="soort-\d+"[^>]*name="soort" value="leerlingen" checked/);
    expect(await t.db.selectFrom('leerlingen').select('pgn').execute()).toEqual(before);
    const [imp] = (await imports()).filter((i) => i.soort === 'leerlingen');
    expect(imp!.resultaat).toBe('afgekeurd');
    expect(res.body).toContain(`href="/beheer/registers/${imp!.id}"`);
  });

  it('R-REG-3 of many bad rows the page shows the first 100 and says how many more', async () => {
    const c = await as(beheerder);
    const template = baseSet().leerlingen[0]!;
    const rows = Array.from({ length: 130 }, (_, i) => [bsn(100 + i), ...template.slice(1)].map((v, j) => (j === 5 ? 'X' : v)));
    const res = await c.postMultipart('/beheer/registers', [['soort', 'leerlingen'], ['bestand', file('veel-fouten.csv', csv(LEERLINGEN_COLUMNS, rows))]]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(u.afgekeurd('veel-fouten.csv', 130));
    const table = res.body.slice(res.body.indexOf(m.foutenTitel));
    expect(table.match(/>Vul M of V in\.<\/td>/g)).toHaveLength(100);
    expect(res.body).toContain(m.meerFouten(30));
  });

  it('R-REG-3 the form says what is wrong at the field: no kind, no file, an empty file, an unknown kind, another kind\'s file', async () => {
    const c = await as(beheerder);
    const count = (await imports()).length;
    const none = await c.postMultipart('/beheer/registers', [['bestand', file('', '')]]);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain(`<a href="#soort">${u.soortKiezen}</a>`);
    expect(none.body).toContain(`<a href="#bestand">${u.bestandKiezen}</a>`);
    expect(none.body).toMatch(new RegExp(`id="bestand-fout"><span class="visually-hidden">[^<]*</span>${u.bestandKiezen}`));

    const empty = await c.postMultipart('/beheer/registers', [['soort', 'gemeenten'], ['bestand', file('gemeenten.csv', '')]]);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(u.bestandLeeg);
    expect(empty.body).toMatch(/value="gemeenten" checked/);

    const unknown = await c.postMultipart('/beheer/registers', [['soort', 'scholen'], ['bestand', file('x.csv', 'a,b\n')]]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain(u.soortKiezen);

    const wrong = await c.postMultipart('/beheer/registers', [['soort', 'gemeenten'], ['bestand', file('leerlingen.csv', `\uFEFF${csv(LEERLINGEN_COLUMNS, baseSet().leerlingen)}`)]]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain(html(u.verkeerdeSoort(m.soorten.leerlingen, m.soorten.gemeenten)));
    expect(wrong.body).toMatch(/value="gemeenten" checked/);

    // A plain form post (no multipart) has no file either.
    const plain = await c.post('/beheer/registers', { soort: 'gemeenten' });
    expect(plain.statusCode).toBe(400);
    expect(plain.body).toContain(u.bestandKiezen);
    expect((await imports()).length).toBe(count);
  });

  it('R-REG-3 an upload without the session\'s CSRF token as its first part is refused before the file is read', async () => {
    const c = await as(beheerder);
    const count = (await imports()).length;
    const content = csv(INSTELLINGEN_COLUMNS, baseSet().instellingen);
    const missing = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('i.csv', content)]], { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('Uw sessie is verlopen');
    const wrong = await c.postMultipart('/beheer/registers', [['_csrf', 'x'.repeat(43)], ['soort', 'instellingen'], ['bestand', file('i.csv', content)]]);
    expect(wrong.statusCode).toBe(403);
    await c.get('/beheer/registers');
    const token = c.csrf();
    const late = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('i.csv', content)], ['_csrf', token]]);
    expect(late.statusCode).toBe(403);
    const plain = await c.post('/beheer/registers', { _csrf: '', soort: 'instellingen' });
    expect(plain.statusCode).toBe(403);
    expect((await imports()).length).toBe(count);
  });

  it('R-REG-3 R-AUTH-3 another role may not upload, and without login the upload goes to the login page', async () => {
    const count = (await imports()).length;
    const content = csv(INSTELLINGEN_COLUMNS, baseSet().instellingen);
    const c = new TestClient(t.app);
    await c.login(melder.gebruikersnaam, melder.wachtwoord, melder.totpSecret);
    await c.get('/');
    const res = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('i.csv', content)]]);
    expect(res.statusCode).toBe(403);
    expect((await c.get('/beheer/registers/formaat')).statusCode).toBe(403);
    const anonymous = new TestClient(t.app);
    const anon = await anonymous.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('i.csv', content)]]);
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe('/inloggen');
    expect((await imports()).length).toBe(count);
  });

  it('R-REG-3 security an upload that would end more than 10 % asks for a confirmation of that exact file and count before it loads', async () => {
    const c = await as(beheerder);
    const current = () => t.db.selectFrom('vestigingen').select('vestigingscode').where('vervallen_op', 'is', null).execute();
    expect(await current()).toHaveLength(3); // from the good upload above
    const count = (await imports()).length;
    const leeg = csv(INSTELLINGEN_COLUMNS, []);
    const b = m.bevestigen;

    // Only the header: the confirmation page, with the numbers; nothing ended, the refusal in the history.
    const ask = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('scholen-leeg.csv', leeg)]]);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain(`<h1`);
    expect(ask.body).toContain(html(b.titel));
    expect(ask.body).toContain(html(b.uitleg('scholen-leeg.csv', m.soorten.instellingen, 3, 3, 100)));
    expect(ask.body).toContain(`>${html(b.ikBevestig(3))}</label>`);
    const sha = /name="bevestig_sha256" value="([0-9a-f]{64})"/.exec(ask.body)?.[1];
    expect(sha).toBeDefined();
    expect(await current()).toHaveLength(3);
    const refused = (await imports()).slice(count);
    expect(refused.map((i) => i.resultaat)).toEqual(['afgekeurd']);
    const hidden = (aantal: number, digest = sha!): [string, string][] => [
      ['soort', 'instellingen'], ['bevestig_sha256', digest], ['bevestig_aantal', String(aantal)], ['bevestig_huidig', '3'], ['bevestig_naam', 'scholen-leeg.csv'],
    ];

    // The box not ticked: asked again, the message at the box; nothing run.
    const unticked = await c.postMultipart('/beheer/registers', [...hidden(3), ['bestand', file('scholen-leeg.csv', leeg)]]);
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toContain(`<a href="#bevestigd">${html(b.aanvinken)}</a>`);
    expect(unticked.body).toContain(html(b.uitleg('scholen-leeg.csv', m.soorten.instellingen, 3, 3, 100)));
    // No file chosen: asked again, the message at the file.
    const noFile = await c.postMultipart('/beheer/registers', [...hidden(3), ['bevestigd', 'ja'], ['bestand', file('', '')]]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain(`<a href="#bestand">${html(u.bestandKiezen)}</a>`);
    expect((await imports()).length).toBe(count + 1);

    // Ticked, but another file (two of three gone): not what was confirmed, asked again with its own numbers.
    const other = csv(INSTELLINGEN_COLUMNS, baseSet().instellingen.slice(0, 1));
    const changed = await c.postMultipart('/beheer/registers', [...hidden(3), ['bevestigd', 'ja'], ['bestand', file('scholen-leeg.csv', other)]]);
    expect(changed.statusCode).toBe(400);
    expect(changed.body).toContain(html(b.anders));
    expect(changed.body).toContain(`>${html(b.ikBevestig(2))}</label>`);
    expect(await current()).toHaveLength(3);

    // Ticked, the same file: loaded, every vestiging ended.
    const ok = await c.postMultipart('/beheer/registers', [...hidden(3), ['bevestigd', 'ja'], ['bestand', file('scholen-leeg.csv', leeg)]]);
    expect(ok.statusCode).toBe(303);
    expect(await current()).toEqual([]);
    const report = await c.get(String(ok.headers.location));
    expect(report.body).toMatch(/Beëindigd<\/dt>\s*<dd[^>]*>3</);
    // Back as they were, for the tests after this one.
    const back = await c.postMultipart('/beheer/registers', [['soort', 'instellingen'], ['bestand', file('scholen.csv', csv(INSTELLINGEN_COLUMNS, baseSet().instellingen))]]);
    expect(back.statusCode).toBe(303);
    expect(await current()).toHaveLength(3);
  });

  it('R-REG-3 a file over the configured limit is refused with 413 and a message at the field; nothing is loaded or left behind', async () => {
    const small = await createTestApp({ config: { REGISTER_UPLOAD_MAX_BYTES: '200' } });
    try {
      const user = await gebruiker(small.services, 'beheer2', [{ rol: 'functioneel_beheerder' }]);
      const c = new TestClient(small.app);
      await c.login(user.gebruikersnaam, user.wachtwoord, user.totpSecret);
      await c.get('/beheer/registers');
      expect(c.lastHtml).toContain(u.bestandHint('200 bytes'));
      const big = csv(LEERLINGEN_COLUMNS, baseSet().leerlingen);
      expect(big.length).toBeGreaterThan(200);
      const res = await c.postMultipart('/beheer/registers', [['soort', 'leerlingen'], ['bestand', file('leerlingen.csv', big)]]);
      expect(res.statusCode).toBe(413);
      expect(res.body).toContain(`<a href="#bestand">${html(u.bestandTeGroot('200 bytes'))}</a>`);
      expect(res.body).toMatch(/value="leerlingen" checked/);
      expect(await small.db.selectFrom('register_imports').select('id').execute()).toEqual([]);
      // Exactly at the limit is allowed through to the checks (here: the header is not a register's).
      const exact = await c.postMultipart('/beheer/registers', [['soort', 'leerlingen'], ['bestand', file('x.csv', 'x'.repeat(200))]]);
      expect(exact.statusCode).toBe(400);
      expect(exact.body).toContain(m.foutenTitel);

      // Over a real socket, a file far over the limit still gets the page (the rest of the
      // upload is read and thrown away), not a reset connection.
      const address = await small.app.listen({ port: 0, host: '127.0.0.1' });
      await c.get('/beheer/registers');
      const form = new FormData();
      form.append('_csrf', c.csrf());
      form.append('soort', 'leerlingen');
      form.append('bestand', new Blob([Buffer.alloc(8 * 1024 * 1024, 'a')], { type: 'text/csv' }), 'groot.csv');
      const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const real = await fetch(`${address}/beheer/registers`, { method: 'POST', body: form, headers: { cookie } });
      expect(real.status).toBe(413);
      expect(await real.text()).toContain(html(u.bestandTeGroot('200 bytes')));
      expect(await small.db.selectFrom('register_imports').select('id').execute()).toHaveLength(1);
    } finally {
      await small.close();
    }
    expect(await uploadDirs()).toEqual(dirsBefore);
  });
});
