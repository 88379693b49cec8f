// Historie (R-HIS-1): versions and the side-by-side diff.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

export function historieRoutes(_app: FastifyInstance, _sv: Services): void {}
