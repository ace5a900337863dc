// The server's printable documents, fetched with the console's sign-in (a plain link would carry
// none) and shown at a console address of their own (#/document?path=…): one that can be
// bookmarked, shared with a colleague who signs in, and opened again later.

import { fetchText, ApiError } from './api.js';
import { h } from './dom.js';

/** Only the server's document endpoints, and nothing a crafted address could point elsewhere. */
const DOCUMENT = /^\/plans\/[A-Za-z0-9_-]+\/(document|comparison|monitoring-report)(\?[A-Za-z0-9_%=&:.-]*)?$/;

async function download(path, fileName, onError) {
  try {
    const markdown = await fetchText(path, 'text/markdown');
    const link = h('a', { href: URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' })), download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    onError(error);
  }
}

function markdownPath(path) {
  const [where, query] = path.split('?');
  return `${where}.md${query ? `?${query}` : ''}`;
}

/** Two links: the document at its own address, and as Markdown to keep or diff. */
export function documentButtons(htmlPath, markdownFile, fileName, onError) {
  return h('p', { class: 'documents' },
    h('a', { href: `#/document?path=${encodeURIComponent(htmlPath)}`, class: 'button' }, 'Open as a printable document'), ' ',
    h('button', { type: 'button', onclick: () => download(markdownFile, fileName, onError) }, 'Download as Markdown'));
}

/** The document screen: the document as the server renders it, framed without scripts, and a print button. */
export async function documentScreen({ params }) {
  const path = params.get('path') ?? '';
  if (!DOCUMENT.test(path)) {
    throw new ApiError('NOT_FOUND', 'That address names no document of plantrail. Open one from the plan, the comparison or monitoring.');
  }
  const html = await fetchText(path, 'text/html');
  // no scripts run in the frame; same origin only so that the console can ask it to print
  const frame = h('iframe', { class: 'document', title: 'The document', sandbox: 'allow-same-origin allow-modals', srcdoc: html });
  const title = new DOMParser().parseFromString(html, 'text/html').title || 'A document of the plan';
  return [h('h1', {}, title),
    h('p', { class: 'documents' },
      h('button', { type: 'button', class: 'primary', onclick: () => frame.contentWindow.print() }, 'Print it'), ' ',
      h('button', { type: 'button', onclick: () => download(markdownPath(path), `${path.split('/')[2]}.md`, () => {}) },
        'Download as Markdown'), ' ',
      h('span', { class: 'muted' }, 'This page’s address opens the same document again, for anyone signed in.')),
    frame];
}
