// Melding intrekken (R-INT-1, R-INT-2).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

export function intrekkenRoutes(_app: FastifyInstance, _sv: Services): void {}
