import cookie from '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Reporting } from '../../../reporting/ledger-source';
import type { MonthlyReports } from '../../../reporting/monthly/monthly-reports';
import type { Service } from '../../../service';
import { requireConsoleSession, requireJsonWrites } from '../../console-auth';
import { sendRefusal } from '../../refusals';
import { auditRoutes } from './audit';
import { duplicateRoutes } from './duplicates';
import { exportRoutes } from './exports';
import { heldRoutes } from './held';
import { loginRoutes } from './login';
import { reportingRoutes } from './reporting';
import { reportRoutes } from './reports';
import { sessionRoutes } from './session';
import { stationRoutes } from './stations';

/**
 * `/console/…`, the county console's API, for people with a console account: log-in is open (JSON only, rate
 * limited per address); everything else — unknown paths included — needs a live session cookie first (401),
 * then JSON for writes (415), then the route's role (403). Station and admin tokens open nothing here.
 */
export const consoleRoutes: FastifyPluginAsyncZod<{
  service: Service;
  loginLimitPerMinute: number;
  /** The figures and ledgers the exports read; the county's own reporting tables unless another is given. */
  reporting?: Reporting | undefined;
  /** The monthly reports' folder and job; without it those routes answer 503. */
  reports?: MonthlyReports | undefined;
  now: () => number;
}> = async (app, { service, loginLimitPerMinute, reporting, reports, now }) => {
  await app.register(cookie, { hook: 'onRequest' });

  await app.register(async (open) => {
    open.addHook('onRequest', requireJsonWrites);
    await open.register(loginRoutes, { service, limitPerMinute: loginLimitPerMinute });
  });

  await app.register(async (scope) => {
    scope.addHook('onRequest', requireConsoleSession(service));
    scope.addHook('onRequest', requireJsonWrites);
    await scope.register(sessionRoutes, { service });
    await scope.register(auditRoutes, { service });
    await scope.register(reportingRoutes, { service });
    await scope.register(exportRoutes, { service, reporting: reporting ?? service.reporting, now });
    await scope.register(reportRoutes, { service, reports, now });
    await scope.register(duplicateRoutes, { service });
    await scope.register(stationRoutes, { service });
    await scope.register(heldRoutes, { service, now });
    scope.setNotFoundHandler((_req, reply) => sendRefusal(reply, 404, 'not.found', 'No such address', '没有这个地址'));
  });
};
