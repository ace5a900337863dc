// Builds elements from data with textContent only: nothing from the plan is ever parsed as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export function replace(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export function field(label, control) {
  return h('label', {}, label, control);
}

export function select(name, options, chosen) {
  return h('select', { name },
    options.map(([value, text]) => h('option', { value, selected: String(value) === String(chosen) }, text)));
}

export function table(caption, header, rows) {
  return h('table', {},
    caption ? h('caption', { class: 'muted' }, caption) : null,
    h('thead', {}, h('tr', {}, header.map(cell => h('th', { scope: 'col' }, cell)))),
    h('tbody', {}, rows.map(row => h('tr', {}, row.map(cell =>
      cell instanceof Node && cell.tagName === 'TD' ? cell : h('td', {}, cell))))));
}

/** What an error code means to a committee member, in words; the message says the rest. */
const IN_WORDS = {
  UNAUTHENTICATED: 'Not signed in', FORBIDDEN: 'Not open to your role', VALIDATION: 'Not accepted',
  NOT_FOUND: 'Not found', CONFLICT: 'Changed by someone else first', NOT_READY: 'Not ready yet',
  INTERNAL: 'Something went wrong on our side',
};

export function errorBox(error) {
  const words = IN_WORDS[error.code];
  return h('div', { class: 'error', role: 'alert' }, words ? h('strong', {}, `${words}. `) : null, error.message);
}

/**
 * A form that sends a change: marked as being edited once typed in (a live redraw then leaves it
 * alone), and showing a refusal in words below its button.
 */
export function sendingForm(fields, button, send) {
  const problem = h('div');
  const form = h('form', { class: 'edit', oninput: () => { form.dataset.editing = 'true'; }, onsubmit: async (event) => {
    event.preventDefault();
    problem.replaceChildren();
    try {
      await send();
    } catch (error) {
      problem.replaceChildren(errorBox(error));
    }
  } }, fields, h('button', { type: 'submit' }, button), problem);
  return form;
}
