import { request } from 'node:http';

/**
 * A JSON POST from the test itself to the county server, on a connection of its own. The server closes an idle
 * kept-alive connection after 5 s; Node's fetch reusing one just as it closes fails with "other side closed"
 * before the server has read anything, so these requests do not keep connections.
 */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ ok: boolean; status: number; json: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ ok: status >= 200 && status < 300, status, json: text ? (JSON.parse(text) as unknown) : null });
        });
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}
