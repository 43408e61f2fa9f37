import { ServiceError } from './service-error';
import type { Database, DatabaseLock } from './store/sql';

/**
 * A running server holds its database (a shared lock, let go when the process ends, however it ends), so a
 * restore cannot swap the data under it: the server would keep the old epoch, and stations their cursors.
 */
export async function holdForServer(db: Database): Promise<DatabaseLock> {
  const lock = await db.lock('server');
  if (!lock)
    throw new ServiceError(
      409,
      'server.restoring',
      'A restore is running on this database: start the server once it has finished',
      '正在恢复这个数据库：恢复完成后再启动服务器',
    );
  return lock;
}

/** Runs `body` with the database to itself: refused while a server runs on it (stop → restore → start). */
export async function withoutServer<T>(db: Database, body: () => Promise<T>): Promise<T> {
  const lock = await db.lock('restore');
  if (!lock)
    throw new ServiceError(
      409,
      'restore.serverRunning',
      'A county server is running on this database: stop it, restore, then start it again',
      '县服务器正在使用这个数据库：请先停止服务器，恢复后再启动',
    );
  try {
    return await body();
  } finally {
    await lock.release();
  }
}
