// Functioneel beheer's pages (issue: users, roles, token reset, blocking; R-PRIV-1 audit
// search), registered by the app in one call.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';
import { actieRoutes } from './acties.routes';
import { auditRoutes } from './audit.routes';
import { gebruikersRoutes } from './gebruikers.routes';

export function beheerRoutes(app: FastifyInstance, s: Services) {
  gebruikersRoutes(app, s);
  actieRoutes(app, s);
  auditRoutes(app, s);
}
