// Live updates: the planChanged subscription over graphql-ws (graphql-transport-ws protocol),
// signed in through the connection_init payload, since a browser's WebSocket cannot send headers.

import { authorization } from './api.js';

const RECONNECT_AFTER_MS = 3000;
const REFUSED = 4401;

/**
 * Calls onChange(planVersion) for every change to the plan, until the returned function is
 * called. A dropped socket (the server restarting) is opened again; a refused sign-in is not.
 */
export function followPlan(planId, onChange) {
  let socket = null;
  let stopped = false;

  function open() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(`${scheme}//${location.host}/graphql-ws`, 'graphql-transport-ws');
    socket.onopen = () => send({ type: 'connection_init', payload: authorization() });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        send({ id: 'plan', type: 'subscribe', payload: {
          query: 'subscription($p: ID!) { planChanged(planId: $p) { planVersion } }', variables: { p: planId } } });
      } else if (message.type === 'next') {
        const change = message.payload?.data?.planChanged;
        if (change) onChange(change.planVersion);
      } else if (message.type === 'ping') {
        send({ type: 'pong' });
      }
    };
    socket.onclose = (event) => {
      if (!stopped && event.code !== REFUSED) setTimeout(() => { if (!stopped) open(); }, RECONNECT_AFTER_MS);
    };
  }

  function send(message) {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  open();
  return () => {
    stopped = true;
    socket?.close(1000, 'Signed out');
  };
}
