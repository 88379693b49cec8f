// Vrijstellingen (R-VRIJ-1 … R-VRIJ-4) for the gemeente.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';

export function vrijstellingenRoutes(_app: FastifyInstance, _sv: Services): void {}
