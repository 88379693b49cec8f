// `opruimen`: one housekeeping run, as the server's job does it every 10 minutes (e.g. from
// cron, or after a long stop). Safe next to running servers on PostgreSQL: it takes the same
// advisory lock per batch, and says so when another process holds it.
import { opruimenCli as t } from '../../platform/messages/opruimen';
import type { CliCommand } from './types';

export const opruimenCommands: Record<string, CliCommand> = {
  opruimen: {
    options: [],
    async run(ctx) {
      const r = await ctx.s.opruimen();
      ctx.out(r.ran ? t.resultaat(r.verwijderd) : t.bezet);
    },
  },
};
