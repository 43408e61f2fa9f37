import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where the county console's web app is served. */
export const CONSOLE_WEB_PREFIX = '/console';

/** Where `npm run build:console` writes the console (out/console at the top of the checkout). */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../out/console', import.meta.url));

/**
 * The console's pages allow nothing but their own server: scripts and data from this origin only, no frames,
 * no plug-ins, forms only back to it. Styles may be inline (Ant Design writes its styles at run time).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Whether a request's path is one of the console's pages or files (not its API). */
export function isConsoleWebPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === CONSOLE_WEB_PREFIX || path.startsWith(`${CONSOLE_WEB_PREFIX}/`);
}

/** A path the browser's router handles (`/console/ledgers/seekers`): no file extension in its last part. */
const isClientRoute = (url: string) => !/\.[A-Za-z0-9]+$/.test(url.split('?')[0] ?? '');

/** The page shown at /console/ when the web app has not been built. */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>县级控制台尚未构建</title></head>
<body style="font-family: 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.8; font-size: 18px">
<h1>县级控制台网页还没有构建</h1>
<p>县服务器正在运行，站点同步不受影响，但控制台网页需要先构建一次。请在项目目录里停止服务器（Ctrl+C），然后运行：</p>
<pre style="background: #f3f6fa; padding: 1em; font-size: 16px">npm run build:console
npm run county</pre>
<p><code>npm run county</code> 启动服务器时，如果发现网页缺失或代码有更新，会先自动构建。构建完成后刷新本页即可。</p>
<p lang="en">The county console has not been built yet. Run <code>npm run build:console</code>, then start the server
again (<code>npm run county</code> builds it first when it is missing or older than its sources).</p>
</body></html>
`;

const sendIndex = (reply: FastifyReply) => reply.sendFile('index.html');

/**
 * The county console's web app, from the county server itself: its files under /console/, every other
 * /console/… path (a screen the browser's router shows) answered with index.html, `/` sent to /console/. Every
 * answer carries a strict CSP and the usual hardening headers. Without a build, /console/ answers a Chinese page
 * that says how to build it.
 */
export async function consoleWeb(app: FastifyInstance, dir: string = DEFAULT_CONSOLE_DIR): Promise<void> {
  app.get('/', (_req, reply) => reply.redirect(`${CONSOLE_WEB_PREFIX}/`));
  app.get(CONSOLE_WEB_PREFIX, (_req, reply) => reply.redirect(`${CONSOLE_WEB_PREFIX}/`));

  await app.register(
    async (web) => {
      web.addHook('onSend', async (_req, reply, payload) => {
        reply.headers(SECURITY_HEADERS);
        return payload;
      });
      if (!existsSync(join(dir, 'index.html'))) {
        web.get('/*', (_req, reply) =>
          reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT_PAGE),
        );
        return;
      }
      await web.register(fastifyStatic, {
        root: dir,
        prefix: '/',
        wildcard: true,
        index: false,
        cacheControl: false,
        // Built files have their content's hash in their names: they never change. The page is asked for
        // again each time, so a new build is picked up at the next visit.
        setHeaders: (res, path) =>
          res.setHeader(
            'cache-control',
            path.includes(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      });
      web.get('/', { prefixTrailingSlash: 'slash' }, (_req, reply) => sendIndex(reply));
      web.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
        if ((req.method === 'GET' || req.method === 'HEAD') && isClientRoute(req.url)) return sendIndex(reply);
        return reply
          .code(404)
          .type('application/json; charset=utf-8')
          .send({ error: 'not.found', message: 'No such file', messageZh: '没有这个文件' });
      });
    },
    { prefix: CONSOLE_WEB_PREFIX },
  );
}
