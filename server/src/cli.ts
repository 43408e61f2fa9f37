/**
 * `npm run county -- …`: the county server and its admin commands.
 *
 *   npm run county -- [--port 8787] [--host 127.0.0.1] [--data ./county-data]     start the server
 *        [--tls-cert cert.pem --tls-key key.pem]      TLS on the server itself (https://)
 *        [--trust-proxy 127.0.0.1]                    behind a reverse proxy that ends TLS (its address)
 *   npm run county -- station add --name NAME --area CODE                           enrol a new station
 *   npm run county -- station list
 *   npm run county -- station code STATION_ID                                       a new code (new PC)
 *   npm run county -- station revoke STATION_ID [--device ENROLLMENT_ID]            stop its tokens at once
 *   npm run county -- held list|release|refuse [ID…] [--station ID] [--reason TEXT]   changes held for a clock ahead
 *   npm run county -- import-bundle FILE [--code CODE] [--yes]                       a USB-stick file (signed;
 *                                                   a PC never online: its enrolment code, and a confirmation)
 *   npm run county -- backup FILE
 *   npm run county -- reindex                                                       rebuild the console's figures
 *   npm run county -- restore FILE                                                  (with the server stopped)
 *   npm run county -- user add --name NAME --role county-admin|viewer [--display NAME] [--password-stdin]
 *                                                                                   a console account
 *   npm run county -- user list
 *   npm run county -- user disable NAME
 *   npm run county -- user password NAME [--password-stdin]                         a new password
 *   npm run county -- report [--month YYYY-MM]                                      a monthly report (月报) now
 *
 * A console password comes from standard input with --password-stdin (at least 10 characters), or is
 * generated and printed once.
 *
 * The database is `<data>/county.sqlite`, or PostgreSQL when DATABASE_URL is set. An admin command without
 * --data refuses to run when ./county-data holds no database (rather than make a second, empty county).
 * Times are printed in China time. Monthly reports go to `<data>/exports/`: the server writes last month's on
 * the 1st (and at start when it is missing).
 *
 * The server also serves the county console's web app at /console/ (from out/console, or DOORSTEP_CONSOLE_DIR);
 * `npm run county` builds it first when it is missing or older than its sources (scripts/county.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { backupTo, restoreFrom } from './backup';
import { monthlyReportsFor, runReportCommand } from './cli-report';
import { runBundleCommand } from './cli-bundle';
import { runHeldCommand } from './cli-held';
import { chinaTime } from './cli-time';
import { runUserCommand } from './cli-users';
import { openCountyDatabase, SQLITE_FILE, writeAdminToken } from './data-folder';
import { adminTokenProblem } from './server-identity';
import { holdForServer } from './server-lock';
import { createService } from './service';
import { ServiceError } from './service-error';
import { startReleaseJob } from './sync/release-job';
import { repeatJob } from './repeat-job';
import { keepPlannerStatistics, STATISTICS_EVERY_MS } from './store/statistics';
import { CATCH_UP_EVERY_MS } from './reporting/reporting';

/** The server is released with the app: one version, package.json's. */
const SERVER_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** A refusal in both languages; anything else as it is. */
const explain = (error: unknown): string =>
  error instanceof ServiceError
    ? `${error.message} (${error.messageZh})`
    : error instanceof Error
      ? error.message
      : String(error);

/** Times as the county reads them: China time. */
const when = chinaTime;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      name: { type: 'string' },
      area: { type: 'string' },
      device: { type: 'string' },
      station: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'trust-proxy': { type: 'string' },
      reason: { type: 'string' },
      code: { type: 'string' },
      yes: { type: 'boolean', default: false },
      role: { type: 'string' },
      display: { type: 'string' },
      month: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('*/')[0]
        ?.replace(/^\/\*\*|^ \* ?/gm, '') ?? '',
    );
    return 0;
  }
  // Everything the server writes (database, backups, the admin token) is for its own account only.
  process.umask(0o077);
  const adminToken = process.env.COUNTY_ADMIN_TOKEN || undefined;
  const weak = adminToken === undefined ? null : adminTokenProblem(adminToken);
  if (weak) {
    console.error(`${weak.message}\n${weak.messageZh}`);
    return 2;
  }
  const dataDir = resolve(values.data ?? './county-data');
  const [command] = positionals;
  // An admin command without --data must not quietly make a second, empty county beside the real one.
  const adminCommand = Boolean(command) && command !== 'serve';
  if (
    adminCommand &&
    values.data === undefined &&
    !process.env.DATABASE_URL &&
    !existsSync(join(dataDir, SQLITE_FILE))
  ) {
    console.error(
      `No county database at ${join(dataDir, SQLITE_FILE)}. Give the server's data folder: --data FOLDER (the one \`npm run county\` runs with).\n` +
        `${join(dataDir, SQLITE_FILE)} 没有县数据库。请用 --data 指定县服务器运行时用的数据文件夹，例如 --data ./county-data。`,
    );
    return 2;
  }
  const { db, where } = openCountyDatabase(dataDir, process.env.DATABASE_URL || undefined);
  const service = createService(db, { adminToken });
  const { newAdminToken } = await service.init();
  if (newAdminToken) {
    const file = writeAdminToken(dataDir, newAdminToken);
    console.log(
      `County admin token written to ${file} (readable by this account only): keep it safe, then delete the file.\n` +
        `县管理员令牌已写入 ${file}（仅本账户可读），请妥善保存后删除该文件。`,
    );
  }
  const [, sub, arg] = positionals;
  const reporting = service.reporting;

  if (!command || command === 'serve') {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port}`);
    // Held while the server runs (the operating system or PostgreSQL lets go if the process dies): no restore
    // can swap the data under it.
    const held = await holdForServer(db).catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    const certFile = values['tls-cert'];
    const keyFile = values['tls-key'];
    if (Boolean(certFile) !== Boolean(keyFile)) {
      console.error('--tls-cert and --tls-key go together.\n--tls-cert 和 --tls-key 需要同时给出。');
      return 2;
    }
    const tls = certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : undefined;
    const reports = monthlyReportsFor(service, reporting, dataDir, Date.now);
    const consoleDir = process.env.DOORSTEP_CONSOLE_DIR || undefined;
    const app = await buildApp({
      service,
      version: SERVER_VERSION,
      logger: true,
      consoleDir,
      reporting,
      reports,
      tls,
      trustProxy: values['trust-proxy']?.split(',').map((a) => a.trim()),
    });
    const stopReleases = startReleaseJob(service.hold.releaseDue, app.log);
    const stopCatchUp = repeatJob(
      async () => void (await reporting.catchUp()),
      CATCH_UP_EVERY_MS,
      (error) => app.log.error({ err: error }, 'counting the roll-ups again failed'),
    );
    const stopStatistics = repeatJob(
      () => keepPlannerStatistics(db),
      STATISTICS_EVERY_MS,
      (error) => app.log.error({ err: error }, 'refreshing the query planner statistics failed'),
    );
    const address = await app.listen({ port, host: values.host });
    console.log(`Doorstep county server ${SERVER_VERSION} on ${address}; data: ${where}; epoch ${service.epoch}`);
    console.log(`County console 县级控制台: ${address}/console/`);
    reports.start();
    const stop = async () => {
      stopReleases();
      stopCatchUp();
      stopStatistics();
      await reports.stop();
      await app.close();
      await held.release();
      await db.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1; // keep running
  }
  try {
    if (command === 'station' && sub === 'add') {
      const created = await service.addStation({ name: values.name, areaCode: values.area });
      console.log(`Station ${values.name} added: ${created.stationId}`);
      console.log(`Enrolment code (works once, until ${when(created.expiresAt)}): ${created.enrollmentCode}`);
    } else if (command === 'station' && sub === 'list') {
      const stations = await service.listStations();
      if (stations.length === 0)
        console.log('No stations yet. Add one: npm run county -- station add --name NAME --area CODE');
      for (const s of stations) {
        console.log(
          `${s.id}  ${s.areaCode}  ${s.name}  devices ${s.devices}  changes ${s.mutations}  last push ${when(s.lastPushAt)}  last pull ${when(s.lastPullAt)}`,
        );
        for (const d of s.deviceList)
          console.log(`    device ${d.id}  ${d.name}  enrolled ${when(d.enrolledAt)}  last used ${when(d.lastUsedAt)}`);
      }
    } else if (command === 'station' && sub === 'code' && arg) {
      const created = await service.newCode(arg);
      console.log(
        `Enrolment code for ${arg} (works once, until ${when(created.expiresAt)}): ${created.enrollmentCode}`,
      );
      if (created.voidedCodes > 0)
        console.log(`${created.voidedCodes} earlier unused code(s) for ${arg} no longer work.`);
      console.log(
        `A PC it replaces keeps its token until revoked: npm run county -- station revoke ${arg} --device ID`,
      );
    } else if (command === 'station' && sub === 'revoke' && arg) {
      const done = await service.revoke(arg, values.device ?? null);
      console.log(
        `Revoked ${done.revokedDevices} device(s) of ${arg}${values.device ? ` (${values.device})` : ''} and voided ${done.voidedCodes} unused code(s): their tokens no longer work.`,
      );
    } else if (command === 'import-bundle' && sub) {
      return await runBundleCommand(service.importBundle, { file: sub, code: values.code, yes: values.yes });
    } else if (command === 'held') {
      return await runHeldCommand(service.hold, {
        sub,
        ids: positionals.slice(2),
        station: values.station,
        reason: values.reason,
      });
    } else if (command === 'user') {
      const { name, role, display } = values;
      return await runUserCommand(service.console.users, {
        sub,
        arg,
        name,
        role,
        display,
        passwordStdin: values['password-stdin'],
      });
    } else if (command === 'reindex') {
      const { records } = await service.reindex();
      console.log(`Reporting tables rebuilt from ${records} records. 报表数据已按 ${records} 条记录重建。`);
    } else if (command === 'report') {
      return await runReportCommand(service, reporting, dataDir, values.month);
    } else if (command === 'backup' && sub) {
      const { rows } = await backupTo(db, resolve(sub));
      console.log(`Backup written: ${resolve(sub)} (${rows} rows)`);
    } else if (command === 'restore' && sub) {
      const { rows, epoch } = await restoreFrom(db, resolve(sub));
      console.log(
        `Restored ${rows} rows from ${resolve(sub)}. New epoch ${epoch}: stations will send again what the backup missed.`,
      );
    } else {
      console.error('Unknown command. See: npm run county -- --help');
      return 2;
    }
    return 0;
  } catch (error) {
    console.error(explain(error));
    return 1;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(explain(error));
    process.exitCode = 1;
  },
);
