/** The HTML part of a notification mail: the plain text's paragraphs and lists, escaped, with links. */

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export type MailLink = { url: string; labelNl: string };

/**
 * `blocks` are paragraphs of the plain text; lines starting with "- " become a list.
 * Links are shown as links in HTML and as the bare address in the plain text.
 */
export function renderMail(parts: { blocks: string[]; link?: MailLink; footer: string[] }): {
  text: string;
  html: string;
} {
  const textBlocks = [...parts.blocks];
  if (parts.link) textBlocks.push(`${parts.link.labelNl}:\n${parts.link.url}`);
  const text = [...textBlocks, 'Groet,\nWarm Rotterdam Werkt', '--', ...parts.footer].join('\n\n');

  // Lines starting with "- " become a list; the lines around them paragraphs.
  const htmlBlock = (block: string) => {
    const out: string[] = [];
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) out.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
      if (items.length) out.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
      paragraph = [];
      items = [];
    };
    for (const line of block.split('\n')) {
      if (line.startsWith('- ')) {
        if (paragraph.length) {
          out.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
          paragraph = [];
        }
        items.push(line.slice(2));
      } else {
        if (items.length) flush();
        paragraph.push(line);
      }
    }
    flush();
    return out.join('\n');
  };
  const link = parts.link
    ? `<p><a href="${escapeHtml(parts.link.url)}">${escapeHtml(parts.link.labelNl)}</a></p>`
    : '';
  const html = [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">',
    ...parts.blocks.map(htmlBlock),
    link,
    '<p>Groet,<br>Warm Rotterdam Werkt</p>',
    `<hr><div style="font-size: 14px; color: #555">${parts.footer.map(linkify).join('')}</div>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

/** A footer line "text: https://…" becomes a paragraph with the address as a link. */
function linkify(line: string): string {
  const match = /^(.*?)(https?:\/\/\S+)$/.exec(line);
  if (!match) return `<p>${escapeHtml(line)}</p>`;
  const [, before, url] = match as unknown as [string, string, string];
  return `<p>${escapeHtml(before)}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}
