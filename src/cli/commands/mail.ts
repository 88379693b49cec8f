// `mail-versturen`: one delivery run of the outbox, as the server's background job does it
// (e.g. from cron on a host without the server running, or to see at once why mail is stuck).
// Safe next to running servers on PostgreSQL: delivery claims rows with SKIP LOCKED.
import type { JobLogger } from '../../platform/jobs/runner';
import { messages } from '../../platform/messages/index';
import type { CliCommand, CliContext } from './types';

/** The job's log lines as plain output lines: the message, then its details. */
function cliLogger(ctx: CliContext): JobLogger {
  const line = (obj: object, msg: string) => ctx.out(`${msg} ${JSON.stringify(obj)}`);
  return { info: line, warn: line, error: line };
}

export const mailCommands: Record<string, CliCommand> = {
  'mail-versturen': {
    options: [],
    async run(ctx) {
      const { verzonden, mislukt } = await ctx.s.mail.deliver(cliLogger(ctx));
      ctx.out(messages.mail.cli.resultaat(verzonden, mislukt));
    },
  },
};
