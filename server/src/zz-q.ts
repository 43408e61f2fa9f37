import { openSqlite } from '#server/store/sqlite';
const db = openSqlite('/tmp/cdata/c.sqlite');
const q = process.argv[2] as string;
if (q.startsWith('CREATE') || q.startsWith('ANALYZE')) await db.transaction((s) => s.run(q));
else {
  for (const r of await db.transaction((s) => s.all(`EXPLAIN QUERY PLAN ${q}`))) console.log(r.id, r.parent, r.detail);
  for (let i = 0; i < 3; i++) { const t = performance.now(); const out = await db.transaction((s) => s.all(q)); console.log(JSON.stringify(out).slice(0, 100), (performance.now() - t).toFixed(0)); }
}
await db.close();
