// The server's printable documents, opened with the console's sign-in (a plain link would carry none).

import { fetchText } from './api.js';
import { h } from './dom.js';

async function open(path, onError) {
  // the window is opened while the click is still being handled, or a pop-up blocker would stop it
  const opened = window.open('', '_blank');
  if (!opened) {
    onError({ code: 'BLOCKED', message: 'The browser blocked the new window; allow pop-ups for this server.' });
    return;
  }
  try {
    const html = await fetchText(path, 'text/html');
    opened.location.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  } catch (error) {
    opened.close();
    onError(error);
  }
}

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

/** Two buttons: the document as a printable page, and as Markdown to keep or diff. */
export function documentButtons(htmlPath, markdownPath, fileName, onError) {
  return h('p', { class: 'documents' },
    h('button', { type: 'button', onclick: () => open(htmlPath, onError) }, 'Open as a printable document'), ' ',
    h('button', { type: 'button', onclick: () => download(markdownPath, fileName, onError) }, 'Download as Markdown'));
}
