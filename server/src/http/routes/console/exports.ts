import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Reporting } from '../../../reporting/ledger-source';
import { fileArea } from '../../../reporting/exports/county-code';
import { streamLedgerCsv } from '../../../reporting/exports/csv-export';
import { exportQuerySchema, filterOf, parseExportFile } from '../../../reporting/exports/export-query';
import { contentDisposition, exportFileName, periodLabel } from '../../../reporting/exports/file-name';
import { streamLedgerXlsx } from '../../../reporting/exports/xlsx-export';
import { ServiceError } from '../../../service-error';
import type { Service } from '../../../service';
import { consoleIdentityOf } from '../../console-auth';
import { badRequest, refuseInvalid } from '../../refusals';

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Console routes that read ledgers answer this until the server has its reporting reader. */
export const reportingUnavailable = () =>
  new ServiceError(
    503,
    'reporting.unavailable',
    'Reporting is not available on this server',
    '本服务器尚未启用报表功能',
  );

/**
 * `GET /exports/NAME.xlsx|csv?from=&to=&station=&area=&q=`: a ledger as a file, streamed. Identity numbers and
 * phones are masked unless a county admin adds `full=1&reason=…`. Every export is in the audit log (the
 * ledger, the filter, the row count, and the reason for full numbers) before its first byte leaves.
 */
export const exportRoutes: FastifyPluginAsyncZod<{
  service: Service;
  reporting: Reporting;
  now: () => number;
}> = async (app, { service, reporting, now }) => {
  app.get(
    '/exports/:file',
    {
      schema: { params: z.object({ file: z.string().max(40) }), querystring: exportQuerySchema },
      schemaErrorFormatter: refuseInvalid((issues) =>
        badRequest(`Invalid export request: ${issues}`, `导出参数不对：${issues}`),
      ),
    },
    async (req, reply) => {
      const parsed = parseExportFile(req.params.file);
      if (!parsed)
        throw badRequest(
          `No such export: ${req.params.file}`,
          `没有这个导出文件：${req.params.file}（应为 台账名.xlsx 或 台账名.csv）`,
        );
      const identity = consoleIdentityOf(req);
      const full = req.query.full === '1';
      const reason = req.query.reason?.trim() ?? '';
      if (full && identity.role !== 'county-admin')
        throw new ServiceError(
          403,
          'console.role',
          'Only a county admin may export full numbers',
          '只有县级管理员可以导出完整的证件号码和手机号',
        );
      if (full && reason === '')
        throw badRequest(
          'Full numbers need a written reason (reason=…)',
          '导出完整号码须写明理由（例如：报送培训补贴申领材料）',
        );

      const source = reporting.ledger(parsed.name);
      const filter = filterOf(req.query);
      const { total } = await source.page({ ...filter, page: 1, pageSize: 1 });
      const at = now();
      await service.console.logAudit({
        userId: identity.userId,
        action: full ? 'export.full' : 'export',
        target: parsed.name,
        reason: full ? reason : null,
        detail: {
          format: parsed.format,
          rows: total,
          from: filter.from ?? null,
          to: filter.to ?? null,
          station: filter.station ?? null,
          area: filter.area ?? null,
          // What was typed may be a name or part of an ID number: only that there was a keyword is kept.
          keyword: filter.q !== undefined,
          filters: filter.own ? new URLSearchParams(filter.own).toString() : null,
        },
      });

      const period = periodLabel(filter, at);
      const area = fileArea(filter.area, await service.countyAreaCode());
      const name = exportFileName({ county: area, title: source.titleZh, period, extension: parsed.format });
      const ascii = exportFileName({ county: area, title: parsed.name, period, extension: parsed.format });
      reply
        .header('content-type', CONTENT_TYPES[parsed.format])
        .header('content-disposition', contentDisposition(name, ascii))
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff');
      const input = { source, filter, full, at };
      if (parsed.format === 'csv') return reply.send(streamLedgerCsv(input));
      const { body, done } = streamLedgerXlsx(input);
      done.catch((error: unknown) => req.log.error({ err: error }, 'export failed'));
      return reply.send(body);
    },
  );
};
