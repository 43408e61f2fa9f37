import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEDGER_NAMES, maskLedgerRow, type LedgerName } from '../../../reporting/ledger-source';
import { ledgerFilterOf, ledgerQuerySchema, periodQuerySchema } from '../../../reporting/query-schemas';
import type { Service } from '../../../service';
import { ServiceError } from '../../../service-error';
import { consoleIdentityOf } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

const invalid = refuseInvalid((issues) => badRequest(`Invalid query: ${issues}`, `查询参数不对：${issues}`));

const isLedgerName = (name: string): name is LedgerName => (LEDGER_NAMES as readonly string[]).includes(name);

/**
 * `GET /summary`, `/trend` and `/ledgers/:name`: the county's figures and ledgers, inside the session check.
 * Ledger rows leave masked; a county admin may ask for full numbers with a reason, which is audited.
 */
export const reportingRoutes: FastifyPluginAsyncZod<{ service: Service }> = async (app, { service }) => {
  const reporting = service.reporting;

  app.get('/summary', { schema: { querystring: periodQuerySchema }, schemaErrorFormatter: invalid }, async (req) =>
    reporting.summary(req.query),
  );

  app.get('/trend', { schema: { querystring: periodQuerySchema }, schemaErrorFormatter: invalid }, async (req) => ({
    months: await reporting.trend(req.query),
  }));

  app.get(
    '/ledgers/:name',
    {
      schema: { params: z.object({ name: z.string().max(40) }), querystring: ledgerQuerySchema },
      schemaErrorFormatter: invalid,
    },
    async (req) => {
      const { name } = req.params;
      if (!isLedgerName(name)) throw new ServiceError(404, 'ledger.unknown', `No ledger ${name}`, '没有这个台账');
      const query = req.query;
      const full = query.full === '1';
      const who = consoleIdentityOf(req);
      if (full && who.role !== 'county-admin')
        throw new ServiceError(
          403,
          'console.role',
          'Only a county admin may see full numbers',
          '只有县级管理员可以查看完整号码',
        );
      if (full && !query.reason)
        throw badRequest('Full numbers need a reason (2–200 characters)', '查看完整号码须填写理由（2–200 个字）');
      const ledger = reporting.ledger(name);
      const filter = ledgerFilterOf(query);
      const page = await ledger.page({
        ...filter,
        ...(query.sort ? { sort: query.sort } : {}),
        ...(query.order ? { order: query.order } : {}),
        page: query.page,
        pageSize: query.pageSize,
      });
      if (full)
        await service.console.logAudit({
          userId: who.userId,
          action: 'ledger.reveal',
          target: name,
          reason: query.reason ?? null,
          detail: {
            ledger: name,
            from: filter.from ?? null,
            to: filter.to ?? null,
            station: filter.station ?? null,
            area: filter.area ?? null,
            own: JSON.stringify(filter.own ?? {}),
            textSearch: filter.q !== undefined,
            page: query.page,
            rows: page.rows.length,
          },
        });
      return {
        name,
        titleZh: ledger.titleZh,
        rowIsZh: ledger.rowIsZh,
        columns: ledger.columns,
        rows: full ? page.rows : page.rows.map((row) => maskLedgerRow(ledger.columns, row)),
        total: page.total,
        page: query.page,
        pageSize: query.pageSize,
        masked: !full,
      };
    },
  );
};
