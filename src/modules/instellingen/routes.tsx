// Choosing the instellingscode (R-AUTH-2, Afb. 7) or, for a behandelaar with more than one,
// the gemeente. The choice lives in the session and shows on every page.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseForm } from '../../platform/http/form';
import { safeReturnPath } from '../../platform/http/request-context';
import { messages } from '../../platform/messages/index';
import { allScopes } from '../../platform/permissions';
import { errorFor, type FieldError } from '../../platform/ui/error-summary';
import { Button, HiddenCsrf } from '../../platform/ui/fields';
import { Radios } from '../../platform/ui/choices';
import { gemeenteNamen, instellingNamen } from '../registers/face';
import type { Services } from '../../services';

const t = messages.common;

const KINDS = {
  instelling: { path: '/instelling-kiezen', title: t.kiezenInstellingTitel, intro: t.kiezenInstellingIntro, veld: t.kiezenVeld, fout: t.kiezenFout, field: 'instellingscode', names: instellingNamen },
  gemeente: { path: '/gemeente-kiezen', title: t.kiezenGemeenteTitel, intro: t.kiezenGemeenteIntro, veld: t.kiezenGemeenteVeld, fout: t.kiezenGemeenteFout, field: 'gemeentecode', names: gemeenteNamen },
} as const;

type Query = { Querystring: { terug?: string } };

function ChooseForm(props: { kind: keyof typeof KINDS; csrf: string; terug: string; options: { code: string; naam: string }[]; current: string | null; errors?: FieldError[] }) {
  const k = KINDS[props.kind];
  return (
    <>
      <p>{k.intro}</p>
      <form method="post" action={`${k.path}?terug=${encodeURIComponent(props.terug)}`} novalidate>
        <HiddenCsrf token={props.csrf} />
        <Radios
          name="code"
          label={k.veld}
          value={props.current ?? undefined}
          options={props.options.map((o) => ({ value: o.code, label: `${o.code} - ${o.naam}` }))}
          error={errorFor(props.errors, 'code')}
        />
        <Button>{t.kiezenKnop}</Button>
      </form>
    </>
  );
}

export function chooserRoutes(app: FastifyInstance, s: Services) {
  for (const kind of ['instelling', 'gemeente'] as const) {
    const k = KINDS[kind];
    const options = async (codes: string[]) => {
      const named = await k.names(s.db, codes);
      // A code without a row in the register still shows, by its code alone.
      return codes.map((code) => named.find((n) => n.code === code) ?? { code, naam: '' });
    };

    app.get<Query>(k.path, async (request, reply) => {
      const codes = allScopes(request.user!, kind);
      const terug = safeReturnPath(request.query.terug);
      return s.sendPage(
        request,
        reply,
        { title: k.title },
        <ChooseForm kind={kind} csrf={request.session!.csrfToken} terug={terug} options={await options(codes)} current={request.session![k.field]} />,
      );
    });

    app.post<Query>(k.path, async (request, reply) => {
      const codes = allScopes(request.user!, kind);
      const form = parseForm(z.object({ code: z.string({ error: k.fout }).refine((c) => codes.includes(c), k.fout) }), request.body);
      const terug = safeReturnPath(request.query.terug);
      if (!form.ok) {
        return s.sendPage(
          request,
          reply,
          { title: k.title, errors: form.errors },
          <ChooseForm kind={kind} csrf={request.session!.csrfToken} terug={terug} options={await options(codes)} current={null} errors={form.errors} />,
        );
      }
      // Choosing an instelling clears a gemeente and the other way round: one context at a time.
      await s.sessions.setContext(request.session!, kind === 'instelling' ? { instellingscode: form.data.code, gemeentecode: null } : { gemeentecode: form.data.code, instellingscode: null });
      return reply.redirect(terug, 303);
    });
  }
}
