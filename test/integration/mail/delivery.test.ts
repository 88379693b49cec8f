// R-MEL-18 "retried until delivered", the happy paths: a queued mail goes to a real SMTP server
// on loopback and is marked sent; without SMTP_URL it is delivered to the log instead.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { runCommand } from '../../../src/cli/commands/index';
import type { JobLogger } from '../../../src/platform/jobs/runner';
import { deliverOutbox } from '../../../src/platform/mail/delivery';
import { smtpTransport, type MailBericht } from '../../../src/platform/mail/transport';
import { mail, outbox, queue, recordingLogger, startSmtp, type TestSmtp } from './setup';

describe(`mail delivery over SMTP on ${testDatabaseKind}`, () => {
  const clock = testClock(new Date('2026-09-14T08:00:00Z'));
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ now: clock, config: { SMTP_URL: smtp.url, MAIL_FROM: 'Verzuimloket <noreply@verzuimloket.example>' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  afterEach(() => void (smtp.ontvangen.length = 0));

  it('R-MEL-18 a queued mail is delivered over SMTP and marked sent (smtp, time, one attempt)', async () => {
    await queue(t.db, [mail(1)], clock());
    clock.advance(1000);
    const log = recordingLogger();

    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 1, mislukt: 0 });

    expect(smtp.ontvangen).toHaveLength(1);
    const [ontvangen] = smtp.ontvangen;
    expect(ontvangen).toMatchObject({ aan: ['leerplicht1@gemeente.example'], onderwerp: 'Testbericht 1' });
    expect(ontvangen?.tekst).toContain('Regel een van 1');
    const [rij] = await outbox(t.db);
    expect(ontvangen?.messageId).toBe(`<uitgaande-mail-${rij?.id}@verzuimloket.example>`);
    expect(rij).toMatchObject({ afgeleverd_via: 'smtp', pogingen: 1, laatste_fout: null });
    expect(rij?.verzonden_op?.toISOString()).toBe(clock().toISOString());
    expect(log.regels.filter((r) => r.niveau !== 'info')).toEqual([]);
  });

  it('R-MEL-18 a delivered mail is not sent again, and a mail not yet due waits', async () => {
    const later = new Date(clock().getTime() + 60_000);
    await queue(t.db, [mail(2)], later);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 0, mislukt: 0 });
    expect(smtp.ontvangen).toHaveLength(0);
    clock.advance(60_000);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 1, mislukt: 0 });
    expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual(['Testbericht 2']);
  });

  it('R-MEL-18 a backlog larger than one batch is delivered in one run, oldest first', async () => {
    await queue(t.db, Array.from({ length: 23 }, (_, i) => mail(100 + i)), clock());
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 23, mislukt: 0 });
    expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual(Array.from({ length: 23 }, (_, i) => `Testbericht ${100 + i}`));
  });

  it('R-MEL-18 at shutdown a run finishes the mail in hand and gives the rest of its batch back, due at once', async () => {
    smtp.ontvangen.length = 0;
    await queue(t.db, [mail(200), mail(201), mail(202)], clock());
    const stopping = new AbortController();
    const smtpNaar = smtpTransport(smtp.url, 'noreply@verzuimloket.example');
    // Shutdown begins while the first mail is being sent.
    const transport = {
      ...smtpNaar,
      send: (m: MailBericht, log: JobLogger) => {
        stopping.abort();
        return smtpNaar.send(m, log);
      },
    };

    const result = await deliverOutbox({ db: t.db, transport, now: clock, log: recordingLogger(), signal: stopping.signal });
    smtpNaar.close();

    expect(result).toEqual({ verzonden: 1, mislukt: 0 });
    expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual(['Testbericht 200']);
    const open = (await outbox(t.db)).filter((r) => r.verzonden_op === null);
    expect(open.map((r) => [r.onderwerp, r.pogingen, r.volgende_poging_op.getTime()])).toEqual([
      ['Testbericht 201', 0, clock().getTime()],
      ['Testbericht 202', 0, clock().getTime()],
    ]);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 2, mislukt: 0 });
  });
});

describe(`mail delivery without SMTP_URL on ${testDatabaseKind}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('R-MEL-18 without SMTP_URL a mail is delivered to the log: marked sent via log, recipient and subject logged, text not', async () => {
    expect(t.services.mail.via).toBe('log');
    await queue(t.db, [mail(7, { tekst: 'Geheime tekst die niet in het log hoort' })], t.services.now());
    const log = recordingLogger();

    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 1, mislukt: 0 });

    const [rij] = await outbox(t.db);
    expect(rij).toMatchObject({ afgeleverd_via: 'log', pogingen: 1 });
    expect(rij?.verzonden_op).toBeInstanceOf(Date);
    expect(log.regels).toHaveLength(1);
    expect(log.regels[0]?.details).toMatchObject({ aan: 'leerplicht7@gemeente.example', onderwerp: 'Testbericht 7' });
    expect(JSON.stringify(log.regels)).not.toContain('Geheime tekst');
    expect(await t.services.mail.deliver(log)).toEqual({ verzonden: 0, mislukt: 0 });
  });

  it('R-MEL-18 the CLI command mail-versturen runs one delivery and says what it did', async () => {
    await queue(t.db, [mail(8), mail(9)], t.services.now());
    const out: string[] = [];
    const ctx = { s: t.services, actor: { gebruikerId: null, gebruikersnaam: 'cli:test', ip: null }, env: {}, out: (l: string) => void out.push(l), migrated: [] };
    expect(await runCommand(['mail-versturen'], ctx, (l) => out.push(`FOUT ${l}`))).toBe(0);
    expect(out.at(-1)).toBe('2 e-mails verstuurd.');
    expect(out.filter((l) => l.startsWith('e-mail afgeleverd aan het log'))).toHaveLength(2);
    expect((await outbox(t.db)).every((r) => r.afgeleverd_via === 'log')).toBe(true);
  });
});
