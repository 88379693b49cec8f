// R-MEL-18 with several delivery runs at once (several app processes, or the job and the CLI):
// no mail is sent twice. On PostgreSQL the runs use separate connections and the claims
// really overlap (FOR UPDATE SKIP LOCKED); on PGlite the dialect serialises them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { deliverOutbox } from '../../../src/platform/mail/delivery';
import { smtpTransport } from '../../../src/platform/mail/transport';
import { withJobLock } from '../../../src/platform/jobs/lock';
import { mail, outbox, queue, recordingLogger, startSmtp, type TestSmtp } from './setup';

describe(`concurrent mail delivery on ${testDatabaseKind}`, () => {
  const clock = testClock(new Date('2026-09-14T08:00:00Z'));
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ now: clock, config: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('R-MEL-18 three delivery runs at the same time never send one mail twice', async () => {
    const n = 30;
    await queue(t.db, Array.from({ length: n }, (_, i) => mail(i)), clock());
    // Each run with its own SMTP transport, as separate processes would have; small batches so
    // the runs claim again and again while the others are sending.
    const run = () => {
      const transport = smtpTransport(smtp.url, 'noreply@verzuimloket.example');
      return deliverOutbox({ db: t.db, transport, now: clock, log: recordingLogger(), batchSize: 3 }).finally(() => transport.close());
    };

    const results = await Promise.all([run(), run(), run()]);

    expect(results.reduce((sum, r) => sum + r.verzonden, 0)).toBe(n);
    expect(results.every((r) => r.mislukt === 0)).toBe(true);
    const onderwerpen = smtp.ontvangen.map((m) => m.onderwerp);
    expect(onderwerpen).toHaveLength(n);
    expect(new Set(onderwerpen).size).toBe(n);
    expect((await outbox(t.db)).every((r) => r.afgeleverd_via === 'smtp' && r.pogingen === 1)).toBe(true);
  });

  // Needs a second connection: on PGlite (one connection) a held row lock would block the run.
  it.skipIf(testDatabaseKind === 'pglite')('R-MEL-18 a mail locked by another claim is skipped (SKIP LOCKED), not waited for and not sent twice', async () => {
    smtp.ontvangen.length = 0;
    await queue(t.db, [mail(100), mail(101)], clock());
    const [bezet] = (await outbox(t.db)).filter((r) => r.verzonden_op === null);

    await t.db.transaction().execute(async (trx) => {
      await trx.selectFrom('uitgaande_mails').select('id').where('id', '=', bezet!.id).forUpdate().execute();
      // Another process's claim holds this row: this run takes the other mail and returns.
      expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 1, mislukt: 0 });
    });
    expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual(['Testbericht 101']);
    expect(await t.services.mail.deliver(recordingLogger())).toEqual({ verzonden: 1, mislukt: 0 });
    expect(smtp.ontvangen.map((m) => m.onderwerp)).toEqual(['Testbericht 101', 'Testbericht 100']);
  });

  it('a job that must run alone takes the advisory lock: a second holder is turned away, and the lock ends with the transaction', async () => {
    const binnen = await withJobLock(t.db, 'test-job', async () => {
      if (testDatabaseKind === 'pglite') return 'alleen';
      // From another connection (another process) the lock is taken: skipped, not waited for.
      return withJobLock(t.db, 'test-job', async () => 'tweede');
    });
    expect(binnen).toEqual({ ran: true, value: testDatabaseKind === 'pglite' ? 'alleen' : { ran: false } });
    expect(await withJobLock(t.db, 'test-job', async () => 'daarna')).toEqual({ ran: true, value: 'daarna' });
  });
});
