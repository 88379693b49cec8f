// The gemeente behandelaar's pages (R-GEM-2, R-GEM-3, R-GEM-5).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';

export function gemeenteRoutes(_app: FastifyInstance, _sv: Services): void {}
