// The CLI's user commands (issue: "the same through the CLI"): each finds the user by
// inlognaam and calls gebruikersService, which validates and audits exactly as for the pages.
import { rolSchema } from '../../modules/auth/gebruikers.service';
import type { ServiceResult } from '../../platform/service-result';
import type { GebruikerRow } from '../../modules/auth/auth.tables';
import { beheerMessages } from '../../modules/auth/beheer/messages';
import { CliError, type CliArgs, type CliCommand, type CliContext } from './types';

const t = beheerMessages.cli;

/** Service fields by the option that fills them, so an error names what the operator typed. */
const OPTIE: Record<string, string> = { gebruikersnaam: '--inlognaam', weergavenaam: '--naam', email: '--email', wachtwoord: '--wachtwoord', rol: '--rol', code: '--code' };

function verplicht(args: CliArgs, optie: string): string {
  const v = args.values[optie];
  if (v === undefined || v.trim() === '') throw new CliError(t.optieVerplicht(optie), 2);
  return v;
}

/** From --wachtwoord, or from VL_WACHTWOORD so it stays out of the shell history. */
function wachtwoord(ctx: CliContext, args: CliArgs): string {
  const w = args.values.wachtwoord ?? ctx.env.VL_WACHTWOORD;
  if (!w) throw new CliError(t.wachtwoordNodig, 2);
  return w;
}

function check(result: ServiceResult<unknown>): void {
  if (!result.ok) throw new CliError(t.fout(OPTIE[result.field] ?? result.field, result.message), 2);
}

async function gebruiker(ctx: CliContext, naam: string): Promise<GebruikerRow> {
  const g = await ctx.s.gebruikers.findByGebruikersnaam(naam);
  if (!g) throw new CliError(t.gebruikerOnbekend(naam));
  return g;
}

function rol(args: CliArgs) {
  const parsed = rolSchema.safeParse({ rol: verplicht(args, 'rol'), code: args.values.code ?? '' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(t.fout(OPTIE[String(issue.path[0])] ?? '--rol', issue.message), 2);
  }
  return parsed.data;
}

const metInlognaam = (run: (ctx: CliContext, g: GebruikerRow, args: CliArgs) => Promise<void>): CliCommand => ({
  options: ['inlognaam'],
  run: async (ctx, args) => run(ctx, await gebruiker(ctx, verplicht(args, 'inlognaam')), args),
});

export const gebruikerCommands: Record<string, CliCommand> = {
  'gebruiker-aanmaken': {
    options: ['inlognaam', 'naam', 'email', 'wachtwoord'],
    async run(ctx, args) {
      const input = { gebruikersnaam: verplicht(args, 'inlognaam'), weergavenaam: verplicht(args, 'naam'), email: args.values.email ?? '', wachtwoord: wachtwoord(ctx, args) };
      check(await ctx.s.gebruikers.create(input, ctx.actor));
      ctx.out(t.aangemaakt(input.gebruikersnaam.trim().toLowerCase()));
    },
  },

  'rol-toekennen': {
    options: ['inlognaam', 'rol', 'code'],
    async run(ctx, args) {
      const g = await gebruiker(ctx, verplicht(args, 'inlognaam'));
      const nieuw = rol(args);
      check(await ctx.s.gebruikers.addRol(g.id, nieuw, ctx.actor));
      ctx.out(t.rolToegekend(g.gebruikersnaam, nieuw.code ? `${nieuw.rol} (${nieuw.code})` : nieuw.rol));
    },
  },

  'rol-intrekken': {
    options: ['inlognaam', 'rol', 'code'],
    async run(ctx, args) {
      const g = await gebruiker(ctx, verplicht(args, 'inlognaam'));
      const weg = rol(args);
      const code = weg.code || null;
      const gevonden = (await ctx.s.gebruikers.rollenVan(g.id)).find((r) => r.rol === weg.rol && (r.instellingscode ?? r.gemeentecode) === code);
      if (!gevonden) throw new CliError(beheerMessages.regels.rolNietAanwezig);
      check(await ctx.s.gebruikers.removeRol(g.id, gevonden.id, ctx.actor));
      ctx.out(t.rolIngetrokken(g.gebruikersnaam, code ? `${weg.rol} (${code})` : weg.rol));
    },
  },

  'token-resetten': metInlognaam(async (ctx, g) => {
    await ctx.s.gebruikers.resetTotp(g.id, ctx.actor);
    ctx.out(t.tokenGereset(g.gebruikersnaam));
  }),

  blokkeren: metInlognaam(async (ctx, g) => {
    check(await ctx.s.gebruikers.setGeblokkeerd(g.id, true, ctx.actor));
    ctx.out(t.geblokkeerd(g.gebruikersnaam));
  }),

  deblokkeren: metInlognaam(async (ctx, g) => {
    check(await ctx.s.gebruikers.setGeblokkeerd(g.id, false, ctx.actor));
    ctx.out(t.gedeblokkeerd(g.gebruikersnaam));
  }),

  'wachtwoord-zetten': {
    options: ['inlognaam', 'wachtwoord'],
    async run(ctx, args) {
      const g = await gebruiker(ctx, verplicht(args, 'inlognaam'));
      check(await ctx.s.gebruikers.setWachtwoord(g.id, wachtwoord(ctx, args), ctx.actor));
      ctx.out(t.wachtwoordGezet(g.gebruikersnaam));
    },
  },

  'totp-code': {
    options: [],
    positionals: 1,
    async run(ctx, args) {
      // In production a code on the command line would bypass the second factor.
      if (ctx.s.config.env === 'production') throw new CliError(t.totpNietInProductie);
      const naam = args.positionals[0];
      if (!naam) throw new CliError(t.argumentVerplicht('inlognaam'), 2);
      const g = await gebruiker(ctx, naam);
      const code = await ctx.s.gebruikers.totpCode(g.id, ctx.actor, ctx.s.now());
      if (!code) throw new CliError(t.totpNietGekoppeld(g.gebruikersnaam));
      ctx.out(code);
    },
  },
};
