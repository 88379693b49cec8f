// `vrijstellingen-controle`: one run of R-VRIJ-3's check, as the server's hourly job does it
// (e.g. from cron, or to see at once what it would change). Safe next to running servers on
// PostgreSQL: it takes the same advisory lock, and says so when another process holds it.
import { vrijstellingenCli as t } from '../../modules/vrijstellingen/messages';
import type { CliCommand } from './types';

export const vrijstellingenCommands: Record<string, CliCommand> = {
  'vrijstellingen-controle': {
    options: [],
    async run(ctx) {
      const r = await ctx.s.vrijstellingen.controle(undefined, ctx.actor.gebruikersnaam);
      if (!r.ran) {
        ctx.out(t.bezet);
        return;
      }
      const { ingekort, ingetrokken, handmatig } = r.gevolgen;
      ctx.out(t.resultaat({ ingekort: ingekort.length, ingetrokken: ingetrokken.length, handmatig: handmatig.length }));
      for (const nummer of [...ingekort, ...ingetrokken]) ctx.out(`  ${nummer}`);
    },
  },
};
