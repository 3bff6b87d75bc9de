/**
 * The HTML that form-js's Markdown renderer (marked, with `gfm` and `breaks`) gives for the little Markdown the shipped
 * forms' text components use: `### 标题` headings, paragraphs of plain lines, and `**加粗**` at the start of a word and
 * followed by a space or the line's end; null for any other text, which is then left to marked. Drawing those texts
 * without marked keeps its parser off a task's first load: its first parse (compiling its rules) costs some 100 ms on a
 * four times slower CPU.
 *
 * A text is plain only when none of its characters could mean anything else to Markdown: no character that starts or
 * closes an inline construct or must be escaped in HTML, no autolink, no line that could open a list, a quote, a code
 * block, a table or a setext heading. A value filled into a template (`{{returnReason}}`) is part of the text, so what
 * a user typed there is checked like the rest.
 */
/** The user-timing mark a form makes for each text it leaves to marked. */
export const markedMark = 'form text drawn by marked';

const special = /[\\`*_[\]!<>&~|#"'@=]|:\/\/|www\./i;
const blockStart = /^(?:[-+>]|\*(?!\*\S)|\d{1,9}[.)]|\s)/;
const heading = /^(#{1,6}) (?=\S)(.*\S)$/;
const bold = /(^|\s)\*\*(?=\S)([^*]*\S)\*\*(?=\s|$)/g;

function inline(line: string): string | null {
  const text = line.replace(bold, (_, before: string, inner: string) => (special.test(inner) ? '\0' : `${before}<strong>${inner}</strong>`));
  return text.includes('\0') || special.test(text.replace(/<\/?strong>/g, '')) ? null : text;
}

export function plainMarkdown(markdown: string): string | null {
  if (/[\r\t\0]/.test(markdown)) {
    return null;
  }
  const html: string[] = [];
  let paragraph: string[] = [];
  const closeParagraph = () => {
    if (paragraph.length) {
      html.push(`<p>${paragraph.join('<br>')}</p>\n`);
      paragraph = [];
    }
  };
  for (const line of markdown.replace(/\n$/, '').split('\n')) {
    if (line === '') {
      closeParagraph();
      continue;
    }
    if (/\s$/.test(line)) {
      return null;
    }
    const title = heading.exec(line);
    if (title) {
      const text = inline(title[2]);
      if (text === null) {
        return null;
      }
      closeParagraph();
      html.push(`<h${title[1].length}>${text}</h${title[1].length}>\n`);
      continue;
    }
    const text = blockStart.test(line) ? null : inline(line);
    if (text === null) {
      return null;
    }
    paragraph.push(text);
  }
  closeParagraph();
  return html.join('');
}
