// The console's frame: sign-in, the five screens, and a refresh as soon as the plan changes.

import { graphql, signIn, signOut, signedInName, learnRoles, readsHistory, ApiError, PLAN_ID_KEY } from './api.js';
import { h, replace, field, errorBox } from './dom.js';
import { planScreen } from './plan-view.js';
import { compareScreen } from './compare-view.js';
import { historyScreen } from './history-view.js';
import { missingScreen } from './missing-view.js';
import { monitoringScreen } from './monitoring-view.js';
import { documentScreen } from './documents.js';
import { followPlan } from './live.js';

const SCREENS = { plan: planScreen, compare: compareScreen, history: historyScreen, missing: missingScreen,
  monitoring: monitoringScreen, document: documentScreen };
const NOT_READY_RETRY_MS = 3000;
const main = document.getElementById('main');
const status = document.getElementById('status');
let shownVersion = null;
let drawing = 0;
let following = null;
let ownChange = 0;

function say(message) {
  status.textContent = message;
}

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { screen: SCREENS[path] ? path : 'plan', params: new URLSearchParams(query ?? '') };
}

export function go(screen, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  location.hash = `#/${screen}${query.size ? `?${query}` : ''}`;
}

async function draw(moveFocus = true) {
  if (signedInName() === null) return showSignIn();
  const { screen, params } = route();
  document.querySelectorAll('nav a').forEach(a => {
    if (a.getAttribute('href') === `#/${screen}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const ticket = ++drawing;
  try {
    const planId = await currentPlanId();
    const content = await SCREENS[screen]({ planId, params, go: (p) => go(screen, p), refresh: afterAChange });
    if (ticket !== drawing) return;
    const wasOpen = moveFocus ? new Set() : openParts();
    replace(main, content);
    reopen(wasOpen);
    shownVersion = await planVersion(planId);
    if (following?.planId !== planId) {
      following?.stop();
      following = { planId, stop: followPlan(planId, refreshWhenThePlanChanges) };
    }
    document.title = `${main.querySelector('h1')?.textContent ?? 'plantrail'} · plantrail`;
  } catch (error) {
    if (ticket !== drawing) return;
    if (error.code === 'UNAUTHENTICATED') { signOut(); return showSignIn(error.message); }
    replace(main, h('h1', {}, 'This could not be shown'), errorBox(error));
    if (error.code === 'NOT_READY') setTimeout(() => draw(false), NOT_READY_RETRY_MS);
  }
  if (moveFocus) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

/** The parts of the screen a reader has opened, by their summary, so that a redraw of the same screen keeps them open. */
function openParts() {
  return new Set([...main.querySelectorAll('details[open]:not(.change-form) > summary')].map(s => s.textContent));
}

function reopen(parts) {
  main.querySelectorAll('details:not(.change-form) > summary').forEach(s => {
    if (parts.has(s.textContent)) s.parentElement.open = true;
  });
}

async function currentPlanId() {
  const held = sessionStorage.getItem(PLAN_ID_KEY);
  if (held) return held;
  const { plans } = await graphql('{ plans { id title } }');
  if (plans.length === 0) throw new ApiError('NOT_FOUND', 'The store holds no plan yet. Import one first (see the README).');
  sessionStorage.setItem(PLAN_ID_KEY, plans[0].id);
  return plans[0].id;
}

async function planVersion(planId) {
  const { plans } = await graphql('{ plans { id version } }');
  return plans.find(p => p.id === planId)?.version ?? null;
}

function showSignIn(problem, triedName = '') {
  document.getElementById('nav').hidden = true;
  document.getElementById('who').hidden = true;
  const name = h('input', { name: 'name', autocomplete: 'username', required: true, value: triedName });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password' });
  const token = h('input', { name: 'token', autocomplete: 'off' });
  const form = h('form', { class: 'signin', onsubmit: async (event) => {
    event.preventDefault();
    signIn(name.value.trim(), password.value, token.value.trim());
    try {
      await learnRoles();
      showSignedIn();
      await draw();
    } catch (error) {
      signOut();
      showSignIn(error.message, name.value);
    }
  } },
  field('Name', name), field('Password', password),
  h('details', {}, h('summary', {}, 'Sign in with a council token instead'),
    field('Token (from the council’s sign-in service)', token)),
  h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  token.addEventListener('input', () => { name.required = token.value.trim() === ''; });
  replace(main, h('h1', {}, 'Sign in to plantrail'),
    h('p', {}, 'The council’s performance plan, every change to it, who made it and why.'),
    problem ? errorBox({ code: 'UNAUTHENTICATED', message: problem }) : null, form);
  (triedName ? password : name).focus();
}

function showSignedIn() {
  document.getElementById('nav').hidden = false;
  document.getElementById('who').hidden = false;
  document.getElementById('who-name').textContent = `Signed in as ${signedInName()}`;
  document.querySelector('nav a[href="#/history"]').parentElement.hidden = !readsHistory();
}

/** Redraws the screen after a change made from it (which made plan version `version`), and says what was stored. */
async function afterAChange(message, version) {
  ownChange = Math.max(ownChange, version);
  await draw(false);
  say(message);
}

/** Redraws the screen when a change it does not show yet arrives; the notice names the version drawn. */
async function refreshWhenThePlanChanges(version) {
  if (signedInName() === null || shownVersion === null || version <= shownVersion) return;
  if (version <= ownChange) return; // made from this screen: afterAChange redraws it and says what was stored
  if (main.querySelector('form[data-editing]')) {
    // a redraw would throw away what the officer is typing; the change is checked against the version read when sent
    say(`The plan has changed (now version ${version}) since this screen was drawn; what you are typing is kept, `
      + 'and checked against the version you read when you send it.');
    return;
  }
  await draw(false);
  say(`The plan has changed (now version ${shownVersion}); this screen has been refreshed.`);
}

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  sessionStorage.removeItem(PLAN_ID_KEY);
  following?.stop();
  following = null;
  shownVersion = null;
  showSignIn();
});
window.addEventListener('hashchange', () => { say(''); draw(); });
if (signedInName() !== null) showSignedIn();
draw(false);
