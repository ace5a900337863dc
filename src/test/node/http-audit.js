// The graphql-http audit of GraphQL over HTTP, as a scrutiny member signed in.
import { serverAudits } from 'graphql-http';
import { baseUrl, fetchAs } from './signed-in.js';

const results = [];
for (const audit of serverAudits({ url: `${baseUrl}/graphql`, fetchFn: fetchAs('scrutiny') })) {
  const result = await audit.fn();
  results.push({ name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify({ total: results.length, ok: results.filter((r) => r.status === 'ok').length,
  notOk: results.filter((r) => r.status !== 'ok') }));
