// The jsforce reference of performance.md: "a plain jsforce autoFetch pull of the same queries into
// memory". Pulls, from a running fakeforce, the six queries VMS's first sync issues (the same SELECT
// lists, FROM, ORDER BY SystemModstamp, Id, through /queryAll), with autoFetch and a maxFetch above any
// object's size, keeps every record in memory, and prints the time and the record count.
//
//   fakeforce --scale seed --port 8765 &
//   npm ci && node pull.mjs --base http://127.0.0.1:8765 [--token T] [--runs 3] [--print-queries]
//
// Without --token it asks the fake's control API for one (POST /__fake/token), as bench_sync does.
// The queries are built from core/salesforce/mapping.json by the engine's rule (SyncEngine::pullObject):
// per object, in mapping order, each entity's system fields (Id, SystemModstamp, IsDeleted), mapped
// fields, then the fields its routing filter reads, each once.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsforce from 'jsforce';

const here = dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

// The identifiers a mapping filter reads ("Contact_Type__c = 'Volunteer' OR Contact_Type__c = null").
function filterFields(filter) {
  const keywords = new Set(['AND', 'OR', 'NOT', 'IN', 'NULL', 'TRUE', 'FALSE']);
  const withoutStrings = filter.replace(/'(?:\\.|[^'\\])*'/g, "''");
  const fields = [];
  for (const word of withoutStrings.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [])
    if (!keywords.has(word.toUpperCase()) && !fields.includes(word)) fields.push(word);
  return fields;
}

function syncQueries(mapping) {
  const system = [mapping.system.id, mapping.system.modstamp, mapping.system.deleted];
  const byObject = new Map();
  for (const e of mapping.entities) {
    const fields = byObject.get(e.object) ?? [];
    for (const f of [...system, ...e.fields.map((m) => m.sf), ...filterFields(e.filter ?? '')])
      if (!fields.includes(f)) fields.push(f);
    byObject.set(e.object, fields);
  }
  return [...byObject].map(
    ([object, fields]) =>
      `SELECT ${fields.join(',')} FROM ${object} ORDER BY ${mapping.system.modstamp}, ${mapping.system.id}`
  );
}

async function main() {
  const base = option('--base', process.env.FAKEFORCE_URL);
  if (!base) {
    console.error('usage: node pull.mjs --base http://127.0.0.1:PORT [--token TOKEN] [--runs N] [--print-queries]');
    process.exit(2);
  }
  const mapping = JSON.parse(readFileSync(join(here, '../../core/salesforce/mapping.json'), 'utf8'));
  const queries = syncQueries(mapping);
  if (process.argv.includes('--print-queries')) {
    for (const q of queries) console.log(q);
    return;
  }
  let token = option('--token');
  if (!token) {
    const answer = await fetch(`${base}/__fake/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'Jane Coordinator' }),
    });
    token = (await answer.json()).access_token;
  }
  // fakeforce serves any vNN.N; VMS asks for v60.0.
  const conn = new jsforce.Connection({ instanceUrl: base, accessToken: token, version: '60.0' });
  const runs = Number(option('--runs', '1'));
  for (let run = 1; run <= runs; ++run) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const kept = [];
    for (const soql of queries) {
      const result = await conn.query(soql, { autoFetch: true, maxFetch: 10_000_000, scanAll: true });
      if (result.records.length !== result.totalSize)
        throw new Error(`${soql}: ${result.records.length} of ${result.totalSize} records`);
      kept.push(result.records);
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const records = kept.reduce((n, r) => n + r.length, 0);
    const rss = process.memoryUsage().rss / 1048576;
    console.log(
      `jsforce ${jsforce.VERSION} autoFetch run ${run}: ${records} records in ${seconds.toFixed(2)} s ` +
        `(${Math.round(records / seconds)} rec/s), CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ` +
        `RSS ${rss.toFixed(0)} MB`
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
