// "Verzonden e-mails" (/beheer/mails) for functioneel beheer ('mails.inzien'): the outbox
// overview and one mail's text. Thin: parse, ask the mail service (which audits), render.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../http/errors';
import { mailMessages as t } from '../messages/mail';
import { parseOverzichtState, queryPairs, type QueryInput } from '../ui/overzicht-state';
import type { Services } from '../../services';
import type { MailLezer, MailSort } from './mail.service';
import { MAIL_STATUSSEN, type MailStatus } from './rules';
import { MailDetail } from './views/mail-detail';
import { MAILS_PAD, MailsPagina } from './views/mails';

const SORTEERBAAR: readonly MailSort[] = ['aangemaakt'];
const guard = { config: { ability: 'mails.inzien' as const } };

function lezer(request: FastifyRequest): MailLezer {
  const user = request.user!;
  return { gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip };
}

/** A status from the filter; anything else (only a hand-made URL) shows all. */
function statusOf(query: QueryInput): MailStatus | null {
  const value = queryPairs(query).find(([k]) => k === 'status')?.[1];
  return MAIL_STATUSSEN.find((s) => s === value) ?? null;
}

export function mailRoutes(app: FastifyInstance, s: Services) {
  app.get(MAILS_PAD, guard, async (request, reply) => {
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, { sortable: SORTEERBAAR, defaultSort: 'aangemaakt', defaultDir: 'desc' });
    const status = statusOf(query);
    const result = await s.mail.overzicht({ status }, state, lezer(request));
    return s.sendPage(request, reply, { title: t.titel }, <MailsPagina status={status} via={s.mail.via} state={state} result={result} query={query} />);
  });

  app.get<{ Params: { id: string } }>(`${MAILS_PAD}/:id`, guard, async (request, reply) => {
    const mail = await s.mail.detail(request.params.id, lezer(request));
    if (!mail) throw notFound();
    return s.sendPage(request, reply, { title: t.detailTitel(mail.id) }, <MailDetail mail={mail} />);
  });
}
