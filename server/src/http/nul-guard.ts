import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { holdsNul, nulTextRefusal } from '../nul-text';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is a batch of mutations, each refused on its own when its text holds a NUL (see `admit`). */
    nulCheckedPerMutation?: boolean;
  }
}

const bodyChecked = (req: FastifyRequest): boolean => req.routeOptions.config.nulCheckedPerMutation === true;

/**
 * Every route's address, query string and body, once validated and after the token check: text holding a NUL
 * character is refused as bad input (PostgreSQL cannot store it; a 5xx would make a client send it forever).
 */
export const refuseNulText: preHandlerAsyncHookHandler = async (req) => {
  if (holdsNul(req.params) || holdsNul(req.query) || (!bodyChecked(req) && holdsNul(req.body))) throw nulTextRefusal();
};
