// @apollo/client's normalized cache holds the plan now and as at Draft 1 side by side when it is
// keyed by versionId (the set-up the README shows), and mixes them when keyed by id alone.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { baseUrl, fetchAs } from './signed-in.js';

const { PLAN_ID } = process.env;
const TREE = gql`query Tree($p: ID!, $asAt: AsAt) { plan(id: $p, asAt: $asAt) { id versionId version
  themes { id versionId priorities { id versionId outcomes { id versionId title targets { id versionId description } } } } } }`;

function cacheKeyedBy(versionIds) {
  return new InMemoryCache(versionIds
    ? { dataIdFromObject: (object) => (object.versionId ? `${object.__typename}:${object.versionId}` : undefined) }
    : {});
}

async function bothPoints(cache) {
  const client = new ApolloClient({ cache, link: new HttpLink({ uri: `${baseUrl}/graphql`, fetch: fetchAs('scrutiny') }) });
  await client.query({ query: TREE, variables: { p: PLAN_ID, asAt: { draft: 1 } } });
  await client.query({ query: TREE, variables: { p: PLAN_ID, asAt: null } });
  const draftOne = client.readQuery({ query: TREE, variables: { p: PLAN_ID, asAt: { draft: 1 } } });
  const now = client.readQuery({ query: TREE, variables: { p: PLAN_ID, asAt: null } });
  return { draftOne: summary(draftOne), now: summary(now) };
}

function summary(answer) {
  const outcomes = answer.plan.themes.flatMap((theme) => theme.priorities).flatMap((priority) => priority.outcomes);
  return { version: answer.plan.version, titles: outcomes.map((outcome) => outcome.title),
    targets: outcomes.flatMap((outcome) => outcome.targets).length };
}

console.log(JSON.stringify({ byVersionId: await bothPoints(cacheKeyedBy(true)), byIdAlone: await bothPoints(cacheKeyedBy(false)) }));
