// Wijzigen (R-RAA-2 … R-RAA-5): the wizard's pages in edit mode, optimistic locking.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

export function wijzigenRoutes(_app: FastifyInstance, _sv: Services): void {}
