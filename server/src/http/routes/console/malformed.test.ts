import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { testBackends } from '../../../test-support/databases';

const [sqlite] = testBackends();
if (!sqlite) throw new Error('SQLite is always a test backend');

describe('county console: malformed requests', () => {
  const county = consoleForEachTest(sqlite.make);

  it('answers random bodies and queries with a 4xx, never a 5xx', LONG_PROPERTY, async () => {
    const cookie = await county.loggedIn('guan');
    // Shapes close to a log-in reach the schema's edges; none is a known account, so none costs a scrypt run
    // beyond the decoy's.
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ username: fc.jsonValue(), password: fc.jsonValue() }, { requiredKeys: [] }),
      fc.string(),
    );
    const query = fc.dictionary(fc.constantFrom('page', 'pageSize', 'x'), fc.string(), { maxKeys: 3 });
    const serverErrors: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('login', 'logout', 'audit'),
        body,
        query,
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (route, payload, params, type) => {
          const r = await county.inject(
            route === 'audit'
              ? { method: 'GET', url: `${CONSOLE}/audit`, query: params, headers: { cookie } }
              : {
                  method: 'POST',
                  url: `${CONSOLE}/${route}`,
                  headers: { cookie: route === 'logout' ? 'doorstep_console=x' : cookie, 'content-type': type },
                  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
                },
          );
          if (r.statusCode >= 500) serverErrors.push(`${route} ${r.body}`);
          return r.statusCode < 500 && (r.statusCode === 200 || r.statusCode >= 400);
        },
      ),
      propertyRuns(300),
    );
    expect(serverErrors).toEqual([]);
  });
});
