// A graphql-ws client hears a change made by an officer, and a role without the history does not.
// It signs in as a browser must, through connectionParams (the connection_init payload): a
// browser's WebSocket cannot send headers. Wrong credentials, or none, hear nothing.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { baseUrl, basic, post } from './signed-in.js';

const { PLAN_ID, PRIORITY_ID } = process.env;
const PLAN_CHANGED = `subscription($p: ID!) { planChanged(planId: $p) { planVersion type entityId actor reason time } }`;

function clientWith(connectionParams) {
  return createClient({ url: baseUrl.replace(/^http/, 'ws') + '/graphql-ws', webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams });
}

const clientAs = (user) => clientWith({ Authorization: basic(user) });

function firstEvent(client, planId) {
  return new Promise((resolve) => {
    client.subscribe({ query: PLAN_CHANGED, variables: { p: planId } }, {
      next: (value) => resolve({ value, at: performance.now() }),
      error: (error) => resolve({ error }),
      complete: () => resolve({ completed: true }),
    });
  });
}

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

const auditor = clientAs('auditor');
const heard = firstEvent(auditor, PLAN_ID);
await pause(500); // the subscription is set up on the server before the change is made
const sent = performance.now();
const added = await post('officer', `mutation($p: ID!, $pr: ID!) { addOutcome(planId: $p, priorityId: $pr,
  input: {title: "Heard live"}, reason: "A change a screen should hear of") { planVersion id } }`, { p: PLAN_ID, pr: PRIORITY_ID });
const answered = performance.now();
const event = await Promise.race([heard, pause(5000).then(() => ({ timedOut: true }))]);

const scrutiny = clientAs('scrutiny');
const refused = await Promise.race([firstEvent(scrutiny, PLAN_ID), pause(5000).then(() => ({ timedOut: true }))]);
const missing = await Promise.race([firstEvent(auditor, 'no-such-plan'), pause(5000).then(() => ({ timedOut: true }))]);

async function closedWith(connectionParams) {
  const client = clientWith(connectionParams);
  const answer = await Promise.race([firstEvent(client, PLAN_ID), pause(5000).then(() => ({ timedOut: true }))]);
  await client.dispose();
  return answer.value ? 'heard an event' : answer.error?.code ?? JSON.stringify(answer);
}
const wrongPassword = await closedWith({ Authorization: 'Basic ' + Buffer.from('auditor:wrong').toString('base64') });
const noCredentials = await closedWith({});

console.log(JSON.stringify({
  added: added.data?.addOutcome ?? added.errors,
  heard: event.value?.data?.planChanged ?? null,
  millisecondsAfterSending: event.at ? Math.round(event.at - sent) : null,
  millisecondsTheChangeTook: Math.round(answered - sent),
  scrutinyRefusedWith: refused.error?.[0]?.extensions?.code ?? JSON.stringify(refused),
  unknownPlanRefusedWith: missing.error?.[0]?.extensions?.code ?? JSON.stringify(missing),
  wrongPasswordClosedWith: wrongPassword,
  noCredentialsClosedWith: noCredentials,
}));
await auditor.dispose();
await scrutiny.dispose();
