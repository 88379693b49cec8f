// The CLI's koppeling commands (issue 16): register a koppeling from a JWKS file, replace its
// keys, deactivate it — through koppelingenService, which validates and audits as for the pages.
import { readFile } from 'node:fs/promises';
import { koppelingenMessages } from '../../modules/koppelingen/messages';
import { CliError, type CliArgs, type CliCommand, type CliContext } from './types';

const t = koppelingenMessages.cli;

/** Service fields by the option that fills them, so an error names what the operator typed. */
const OPTIE: Record<string, string> = { naam: '--naam', soort: '--soort', codes: '--codes', scopes: '--scopes', jwks: '--jwks', jwksUrl: '--jwks-url', bevestigen: '<client-id>' };

async function jwksUitBestand(args: CliArgs): Promise<string> {
  const bestand = args.values.jwks;
  if (bestand === undefined) return '';
  try {
    return await readFile(bestand, 'utf8');
  } catch {
    throw new CliError(t.bestandNietGelezen(bestand), 2);
  }
}

function check(r: { ok: true } | { ok: false; field: string; message: string }): void {
  if (!r.ok) throw new CliError(t.fout(OPTIE[r.field] ?? r.field, r.message), 2);
}

function clientId(args: CliArgs): string {
  const id = args.positionals[0];
  if (id === undefined) throw new CliError(t.clientIdNodig, 2);
  return id;
}

const lijst = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export const koppelingCommands: Record<string, CliCommand> = {
  'koppeling-registreren': {
    options: ['naam', 'soort', 'codes', 'scopes', 'jwks', 'jwks-url'],
    async run(ctx: CliContext, args: CliArgs) {
      const v = args.values;
      const r = await ctx.s.koppelingen.beheer.registreer(
        { naam: v.naam ?? '', soort: v.soort ?? '', codes: v.codes ?? '', scopes: lijst(v.scopes), jwks: await jwksUitBestand(args), jwksUrl: v['jwks-url'] ?? '' },
        ctx.actor,
      );
      check(r);
      if (r.ok) ctx.out(t.geregistreerd(r.value));
    },
  },
  'koppeling-sleutels': {
    options: ['jwks'],
    positionals: 1,
    async run(ctx, args) {
      check(await ctx.s.koppelingen.beheer.vervangSleutels(clientId(args), { jwks: await jwksUitBestand(args), jwksUrl: '' }, ctx.actor));
      ctx.out(t.sleutelsVervangen);
    },
  },
  'koppeling-deactiveren': {
    options: [],
    positionals: 1,
    async run(ctx, args) {
      check(await ctx.s.koppelingen.beheer.zetActief(clientId(args), false, ctx.actor));
      ctx.out(t.gedeactiveerd);
    },
  },
};
