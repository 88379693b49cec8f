// R-MEL-18 "retried until delivered": a mail server that is down or says "try later" leaves the
// mail queued with its attempts, error and a later next attempt (backoff); once the server is
// back and the backoff has passed (the app clock is moved, no waiting), it is delivered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { deliverOutbox } from '../../../src/platform/mail/delivery';
import { backoffMs, BACKOFF_MAX_MS, foutTekst, WAARSCHUW_VANAF_POGINGEN } from '../../../src/platform/mail/rules';
import { smtpTransport } from '../../../src/platform/mail/transport';
import { freePort, mail, outbox, queue, recordingLogger, startSmtp, type TestSmtp } from './setup';

const MINUUT = 60_000;

describe(`mail retry on ${testDatabaseKind}`, () => {
  const clock = testClock(new Date('2026-09-14T08:00:00Z'));
  let port: number;
  let t: TestApp;
  let smtp: TestSmtp | undefined;
  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({ now: clock, config: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('R-MEL-18 server not listening: the mail stays queued with pogingen, laatste_fout and a later attempt; after the backoff, delivered exactly once', async () => {
    await queue(t.db, [mail(1), mail(2)], clock());
    const log = recordingLogger();

    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 0, mislukt: 1 });

    // The first mail was tried and failed; the server is down, so the second waits with it
    // instead of failing the same way (no attempt counted).
    const [eerste, tweede] = await outbox(t.db);
    expect(eerste).toMatchObject({ verzonden_op: null, afgeleverd_via: null, pogingen: 1 });
    expect(eerste?.laatste_fout).toMatch(/^E[A-Z]+: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    const wacht = eerste!.volgende_poging_op.getTime() - clock().getTime();
    expect(wacht).toBeGreaterThanOrEqual(0.9 * MINUUT);
    expect(wacht).toBeLessThan(1.1 * MINUUT);
    expect(tweede).toMatchObject({ verzonden_op: null, pogingen: 0, laatste_fout: null });
    expect(tweede?.volgende_poging_op).toEqual(eerste?.volgende_poging_op);
    expect(log.regels).toMatchObject([{ niveau: 'info', details: { mailId: eerste?.id, poging: 1 } }]);

    smtp = await startSmtp(port);
    // The server is back, but the backoff has not passed: nothing is due yet.
    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 0, mislukt: 0 });
    expect(smtp.ontvangen).toHaveLength(0);

    clock.advance(2 * MINUUT);
    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 2, mislukt: 0 });
    clock.advance(2 * 60 * MINUUT);
    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 0, mislukt: 0 });

    expect(smtp.ontvangen.map((m) => m.onderwerp).sort()).toEqual(['Testbericht 1', 'Testbericht 2']);
    const rijen = await outbox(t.db);
    expect(rijen.map((r) => [r.afgeleverd_via, r.pogingen])).toEqual([
      ['smtp', 2],
      ['smtp', 1],
    ]);
    // The error stays for whoever wonders why the mail was late.
    expect(rijen[0]?.laatste_fout).toMatch(/ECONNREFUSED/);
  });

  it('R-MEL-18 server refusing with 451: each mail stays queued with the server\'s reply; once it accepts, each is delivered exactly once', async () => {
    smtp!.ontvangen.length = 0;
    smtp!.weiger = 451;
    await queue(t.db, [mail(3), mail(4)], clock());

    // A refusal is about the message, not the server: both mails are tried.
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 0, mislukt: 2 });
    const open = (await outbox(t.db)).filter((r) => r.verzonden_op === null);
    expect(open).toHaveLength(2);
    for (const r of open) {
      expect(r.pogingen).toBe(1);
      expect(r.laatste_fout).toMatch(/^EENVELOPE: 451 Probeer het later opnieuw/);
      expect(r.volgende_poging_op.getTime()).toBeGreaterThan(clock().getTime());
    }

    smtp!.weiger = null;
    clock.advance(2 * MINUUT);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 2, mislukt: 0 });
    clock.advance(2 * 60 * MINUUT);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 0, mislukt: 0 });
    expect(smtp!.ontvangen.map((m) => m.onderwerp).sort()).toEqual(['Testbericht 3', 'Testbericht 4']);
  });

  it('R-MEL-18 keeps retrying forever: the wait doubles from 1 minute to at most 1 hour, and from attempt 10 on each failure is a warning', async () => {
    smtp!.weiger = 451;
    await t.db.deleteFrom('uitgaande_mails').execute();
    await queue(t.db, [mail(5)], clock());
    const log = recordingLogger();
    const transport = smtpTransport(smtp!.url, 'noreply@verzuimloket.example');
    const wachttijden: number[] = [];
    for (let poging = 1; poging <= 12; poging++) {
      expect(await deliverOutbox({ db: t.db, transport, now: clock, log, random: () => 0.5 })).toEqual({ verzonden: 0, mislukt: 1 });
      const [rij] = await outbox(t.db);
      expect(rij?.pogingen).toBe(poging);
      wachttijden.push((rij!.volgende_poging_op.getTime() - clock().getTime()) / MINUUT);
      clock.set(rij!.volgende_poging_op);
    }
    transport.close();
    expect(wachttijden).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60]);
    expect(log.regels.map((r) => r.niveau)).toEqual([...Array<string>(WAARSCHUW_VANAF_POGINGEN - 1).fill('info'), 'warn', 'warn', 'warn']);
    expect(log.regels.at(-1)?.bericht).toBe('e-mail na 12 pogingen nog niet afgeleverd');

    smtp!.weiger = null;
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 1, mislukt: 0 });
  });

  it('R-MEL-18 the backoff has jitter within ±10% and the stored error is short and holds no credentials', () => {
    expect(backoffMs(1, () => 0)).toBe(54_000);
    expect(backoffMs(1, () => 0.5)).toBe(60_000);
    expect(backoffMs(1, () => 0.999999)).toBeLessThan(66_000);
    expect(backoffMs(40, () => 0.5)).toBe(BACKOFF_MAX_MS);
    const fout = foutTekst(Object.assign(new Error(`connect failed for smtp://gebruiker:geheim@mail.example:587 ${'x'.repeat(500)}`), { code: 'ECONNECTION' }));
    expect(fout).not.toContain('geheim');
    expect(fout).toMatch(/^ECONNECTION: connect failed for smtp:\/\/\*\*\*@mail\.example/);
    expect(fout.length).toBeLessThanOrEqual(200);
  });
});
