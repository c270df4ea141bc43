import { describe, expect, it } from "vitest";
import { escapeHtml, renderEmail } from "./email-html";

describe("renderEmail", () => {
  it("says the same in text and HTML, with every value escaped once in the HTML", () => {
    const { text, html } = renderEmail([
      { paragraph: "Hello <b>Sam</b> & co" },
      { quote: "line one\nline \"two\"" },
      { facts: [["Phone", "+44 <20>"]] },
      { link: ["Open it", "https://example.com/a?x=1&y='2'"] },
    ]);
    expect(text).toBe("Hello <b>Sam</b> & co\n\n> line one\n> line \"two\"\n\nPhone: +44 <20>\n\nOpen it: https://example.com/a?x=1&y='2'\n");
    expect(html).toContain("<p>Hello &lt;b&gt;Sam&lt;/b&gt; &amp; co</p>");
    expect(html).toContain("line one\nline &quot;two&quot;</blockquote>");
    expect(html).toContain("<td>+44 &lt;20&gt;</td>");
    expect(html).toContain('<a href="https://example.com/a?x=1&amp;y=&#39;2&#39;">Open it</a>');
    expect(html).not.toContain("<b>");
  });

  it("escapes every character HTML gives a meaning to", () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  });
});
