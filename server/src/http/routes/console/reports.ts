import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../../reporting/exports/file-name';
import { isMonth, monthAt, reportMonthAt } from '../../../reporting/monthly/months';
import type { MonthlyReports } from '../../../reporting/monthly/monthly-reports';
import { ServiceError } from '../../../service-error';
import type { Service } from '../../../service';
import { consoleIdentityOf, requireRole } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';
import { CONTENT_TYPES, reportingUnavailable } from './exports';

const writeBodySchema = z
  .object({ month: z.string().refine(isMonth, { message: '月份应为 YYYY-MM（如 2026-11）' }).optional() })
  .strict();

/**
 * The monthly reports (月报) in `<data>/exports/`: `GET /reports` lists them, `GET /reports/FILE` downloads one
 * (only a file the list holds), `POST /reports {month?}` writes one now (county admins; last month by default).
 */
export const reportRoutes: FastifyPluginAsyncZod<{
  service: Service;
  reports: MonthlyReports | undefined;
  now: () => number;
}> = async (app, { service, reports, now }) => {
  const available = (): MonthlyReports => {
    if (!reports) throw reportingUnavailable();
    return reports;
  };

  app.get('/reports', async () => ({ reports: available().list() }));

  app.get(
    '/reports/:file',
    {
      schema: { params: z.object({ file: z.string().max(100) }) },
      schemaErrorFormatter: refuseInvalid((issues) => badRequest(`Invalid file: ${issues}`, `文件名不对：${issues}`)),
    },
    async (req, reply) => {
      const path = available().path(req.params.file);
      if (!path) throw new ServiceError(404, 'report.unknown', 'No such report', '没有这个月报文件');
      await service.console.logAudit({
        userId: consoleIdentityOf(req).userId,
        action: 'report.download',
        target: req.params.file,
      });
      const ascii = req.params.file.replace(/[^\x20-\x7e]/g, '').replace(/^-+/, '') || 'report.xlsx';
      return reply
        .header('content-type', CONTENT_TYPES.xlsx)
        .header('content-disposition', contentDisposition(req.params.file, `monthly-report-${ascii}`))
        .header('cache-control', 'no-store')
        .send(createReadStream(path));
    },
  );

  app.post(
    '/reports',
    {
      onRequest: requireRole('county-admin'),
      schema: { body: writeBodySchema },
      schemaErrorFormatter: refuseInvalid((issues) =>
        badRequest(`Invalid report request: ${issues}`, `月报参数不对：${issues}`),
      ),
    },
    async (req, reply) => {
      const month = req.body.month ?? reportMonthAt(now());
      if (month > monthAt(now())) throw badRequest(`${month} has not begun`, `${month} 还没有到，不能生成月报`);
      const written = await available().write(month, consoleIdentityOf(req).userId);
      return reply.code(201).send({ report: { name: written.name, month: written.month, ledgers: written.ledgers } });
    },
  );
};
