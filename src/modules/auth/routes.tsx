// Login (R-AUTH-1): inlognaam + wachtwoord, then the code of the token generator; the first
// time, coupling a token generator. The session gets a new id after each step.
import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit.service';
import { parseForm, str } from '../../platform/http/form';
import { safeReturnPath } from '../../platform/http/request-context';
import { allScopes } from '../../platform/permissions';
import type { Session } from '../../platform/session/session';
import type { FieldError } from '../../platform/ui/error-summary';
import type { Services } from '../../services';
import { authMessages } from './messages';
import { CodeForm, EnrolForm, LoggedOut, LoginForm } from './views/login';
import { APPARAAT_GELDIG_MS } from './login.service';
import { groupSecret, otpauthUri } from './totp';

const t = authMessages;

const loginSchema = z.object({
  gebruikersnaam: z.string().trim().min(1, t.gebruikersnaamLeeg),
  wachtwoord: z.string().min(1, t.wachtwoordLeeg),
});
const codeSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().min(1, t.codeLeeg).regex(/^\d{6}$/, t.codeFormaat)),
});

// Per IP and per process, against floods only: a school's staff share one address at 8:30,
// so this is far above what people type. The throttling that counts lives in the database
// (rules.ts: growing delays per device, account and address).
const rateLimit = { max: 300, timeWindow: '1 minute' };

/** The device cookie (rules.ts): set after a full login, read at the next one. */
const APPARAAT_COOKIE = '__Host-apparaat';
const apparaatToken = (request: FastifyRequest) => request.cookies[APPARAAT_COOKIE];

/** A delay answers 429 with Retry-After, and the wait in the message at the field. */
function delayed(reply: FastifyReply, waitMs: number): FieldError {
  reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
  return { field: 'gebruikersnaam', text: t.inloggenWacht(waitMs) };
}

type Query = { Querystring: { terug?: string } };

/**
 * R-AUTH-2: a user who works for exactly one institution (or one gemeente) has it chosen at
 * login, so every page shows it from the start; with more, they choose.
 */
async function preselectContext(s: Services, session: Session) {
  const user = await s.login.currentUser(session.gebruikerId!);
  if (!user) return;
  const instellingen = allScopes(user, 'instelling');
  const gemeenten = allScopes(user, 'gemeente');
  if (instellingen.length === 1) await s.sessions.setContext(session, { instellingscode: instellingen[0]! });
  else if (instellingen.length === 0 && gemeenten.length === 1) await s.sessions.setContext(session, { gemeentecode: gemeenten[0]! });
}

export function authRoutes(app: FastifyInstance, s: Services) {
  const terugOf = (request: FastifyRequest<Query>) => safeReturnPath(request.query.terug);

  async function halfSession(request: FastifyRequest, reply: FastifyReply) {
    const session = request.session;
    if (session?.fase === 'wachtwoord' && session.gebruikerId) return session;
    await reply.redirect('/inloggen', 303);
    return null;
  }

  app.get<Query>('/inloggen', { config: { public: true } }, async (request, reply) => {
    if (request.user) return reply.redirect(terugOf(request), 303);
    // Keep a session that exists (also one half-way, after the password): replacing it would
    // invalidate the CSRF token of a form open in another tab. A new login rotates it anyway.
    let session = request.session;
    if (!session) session = await s.sessions.start(reply, { fase: 'anoniem', gebruikerId: null });
    request.session = session;
    return s.sendPage(request, reply, { title: t.inloggenTitel }, <LoginForm csrf={session.csrfToken} gebruikersnaam="" terug={terugOf(request)} />);
  });

  app.post<Query>('/inloggen', { config: { public: true, rateLimit } }, async (request, reply) => {
    const form = parseForm(loginSchema, request.body);
    const errors = form.ok ? [] : form.errors;
    let status: number | undefined;
    if (form.ok) {
      const result = await s.login.checkPassword({ ...form.data, ip: request.ip, apparaatToken: apparaatToken(request) });
      if (result.ok) {
        await s.sessions.rotate(reply, request.session, 'wachtwoord', result.gebruikerId);
        const next = result.moetKoppelen ? '/inloggen/koppelen' : '/inloggen/code';
        return reply.redirect(`${next}?terug=${encodeURIComponent(terugOf(request))}`, 303);
      }
      if (result.waitMs) {
        errors.push(delayed(reply, result.waitMs));
        status = 429;
      } else errors.push({ field: 'gebruikersnaam', text: t.inloggenMislukt });
    }
    return s.sendPage(
      request,
      reply,
      { title: t.inloggenTitel, errors, status },
      <LoginForm csrf={request.session!.csrfToken} gebruikersnaam={str(form.values, 'gebruikersnaam')} terug={terugOf(request)} errors={errors} />,
    );
  });

  app.get<Query>('/inloggen/code', { config: { public: true } }, async (request, reply) => {
    const session = await halfSession(request, reply);
    if (!session) return reply;
    return s.sendPage(request, reply, { title: t.codeTitel }, <CodeForm csrf={session.csrfToken} terug={terugOf(request)} />);
  });

  async function finishWithCode(request: FastifyRequest<Query>, reply: FastifyReply, enrolling: boolean) {
    const session = await halfSession(request, reply);
    if (!session) return reply;
    const form = parseForm(codeSchema, request.body);
    const errors = form.ok ? [] : form.errors;
    let status: number | undefined;
    if (form.ok) {
      const result = await s.login.checkCode({ gebruikerId: session.gebruikerId!, code: form.data.code, ip: request.ip, enrolling, apparaatToken: apparaatToken(request) });
      if (result.ok) {
        const loggedIn = await s.sessions.rotate(reply, session, 'ingelogd', session.gebruikerId!);
        const token = await s.login.trustDevice(session.gebruikerId!, apparaatToken(request));
        reply.setCookie(APPARAAT_COOKIE, token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: APPARAAT_GELDIG_MS / 1000 });
        await preselectContext(s, loggedIn);
        return reply.redirect(terugOf(request), 303);
      }
      if (result.waitMs) {
        errors.push({ ...delayed(reply, result.waitMs), field: 'code' });
        status = 429;
      } else errors.push({ field: 'code', text: t.codeMislukt });
    }
    if (enrolling) return enrolPage(request, reply, session, errors, status);
    return s.sendPage(request, reply, { title: t.codeTitel, errors, status }, <CodeForm csrf={session.csrfToken} terug={terugOf(request)} errors={errors} />);
  }

  /**
   * The enrolment page, only for an account without an active second factor; any other
   * account goes to the code page, so the password alone never reaches a new secret.
   */
  async function enrolPage(request: FastifyRequest<Query>, reply: FastifyReply, session: Session, errors: FieldError[] = [], status?: number) {
    const enrolment = await s.login.enrolmentSecret(session.gebruikerId!);
    if (!enrolment) return reply.redirect(`/inloggen/code?terug=${encodeURIComponent(terugOf(request))}`, 303);
    const { secret, gebruikersnaam } = enrolment;
    return s.sendPage(
      request,
      reply,
      { title: t.inschrijvenTitel, errors, status },
      <EnrolForm csrf={session.csrfToken} terug={terugOf(request)} secret={groupSecret(secret)} uri={otpauthUri(secret, gebruikersnaam)} errors={errors} />,
    );
  }

  app.post<Query>('/inloggen/code', { config: { public: true, rateLimit } }, (request, reply) => finishWithCode(request, reply, false));
  app.post<Query>('/inloggen/koppelen', { config: { public: true, rateLimit } }, (request, reply) => finishWithCode(request, reply, true));

  app.get<Query>('/inloggen/koppelen', { config: { public: true } }, async (request, reply) => {
    const session = await halfSession(request, reply);
    if (!session) return reply;
    return enrolPage(request, reply, session);
  });

  app.post('/uitloggen', async (request, reply) => {
    const user = request.user!;
    await writeAudit(s.db, { actie: 'uitloggen', gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip });
    await s.sessions.destroy(reply, request.session);
    return reply.redirect('/uitgelogd', 303);
  });

  app.get('/uitgelogd', { config: { public: true } }, async (request, reply) => {
    return s.sendPage(request, reply, { title: t.uitgelogdTitel }, <LoggedOut />);
  });
}
