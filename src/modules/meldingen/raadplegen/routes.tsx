// Raadplegen verzuim (R-RAA-1): search of the chosen instelling's meldingen.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

export function raadplegenRoutes(_app: FastifyInstance, _sv: Services): void {}
