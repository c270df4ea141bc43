const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text: whatever a patient wrote reaches an inbox as words, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export type EmailBlock = { paragraph: string } | { quote: string } | { facts: [label: string, value: string][] } | { link: [label: string, href: string] };

/**
 * Builds the plain-text and HTML bodies of an email from the same blocks, so the two never say
 * different things. Every value is escaped here, once, for the HTML body.
 */
export function renderEmail(blocks: readonly EmailBlock[]): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  for (const block of blocks) {
    if ("paragraph" in block) {
      text.push(block.paragraph);
      html.push(`<p>${escapeHtml(block.paragraph)}</p>`);
    } else if ("quote" in block) {
      text.push(block.quote.split("\n").map((line) => `> ${line}`).join("\n"));
      html.push(`<blockquote style="border-left:4px solid #94a3b8;margin:0;padding:4px 12px;white-space:pre-wrap">${escapeHtml(block.quote)}</blockquote>`);
    } else if ("facts" in block) {
      text.push(block.facts.map(([label, value]) => `${label}: ${value}`).join("\n"));
      const rows = block.facts.map(([label, value]) => `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
      html.push(`<table role="presentation">${rows.join("")}</table>`);
    } else {
      const [label, href] = block.link;
      text.push(`${label}: ${href}`);
      html.push(`<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`);
    }
  }
  return {
    text: `${text.join("\n\n")}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1e293b">${html.join("")}</body></html>`,
  };
}
