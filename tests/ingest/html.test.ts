import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { extractHtml } from "@/lib/ingest/html/extract";
import { describeTime, measure } from "./timing";

/** Story paragraphs written for these tests: long enough to read as an article body. */
const STORY = [
  "Trade envoys from the two countries spent Tuesday afternoon in a closed room at a lakeside hotel, going through a list of tariff lines one by one.",
  "Neither side published a statement afterwards, but an aide to one delegation said the mood had been businesslike and that a second round was likely within weeks.",
  "The envoys also discussed export licences for farm machinery, a topic that had stalled an earlier round of talks in the spring.",
  "Local officials closed two streets near the hotel for most of the day, and a small group of protesters gathered at the gate with hand-painted signs.",
];

const page = (storyAttrs: string, extra = "") => `<!doctype html><html><head><title>Envoys meet by the lake | Example Daily</title>
<style>.story { color: #333 }</style><script>window.trackers = ["<p>tracker text</p>"];</script></head>
<body>
<header><a href="/">Go to home page</a><nav><a href="/world">World</a> <a href="/trade">Trade</a> <a href="/opinion">Opinion</a></nav></header>
<div ${storyAttrs}>
<h1>Envoys meet by the lake</h1>
${STORY.map((paragraph) => `<p>${paragraph}</p>`).join("\n")}
${extra}
</div>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">A different story about a harbour</a></li></ul></aside>
<footer><p>Example Daily, all rights reserved.</p></footer>
</body></html>`;

describe("HTML body", () => {
  it("keeps a story container whose class names ads or comments (no-ads, has-comments)", () => {
    for (const attrs of [`class="story no-ads"`, `class="article-body has-comments"`, `id="comments-enabled" class="story"`]) {
      const text = extractHtml(page(attrs)).text;
      for (const paragraph of STORY) expect(text, attrs).toContain(paragraph);
    }
  });

  it("separates table cells instead of running them together", () => {
    const table = `<table><tr><th>Name</th><th>Post</th></tr><tr><td>Lin Placeholder</td><td>Deputy Trade Minister</td></tr><tr><td>Dana Example</td><td>Trade Representative</td></tr></table>`;
    const text = extractHtml(page(`class="story"`, table)).text;
    expect(text).not.toContain("Lin PlaceholderDeputy");
    expect(text).toMatch(/Lin Placeholder\s+Deputy Trade Minister/);
    expect(text).toMatch(/Dana Example\s+Trade Representative/);
  });

  it("strips scripts, styles, navigation and comment forms", () => {
    const form = `<div id="respond"><h3>Leave a comment</h3><form action="/post"><label>Your name</label><input name="n"><textarea>Type here</textarea><button>Post comment</button></form></div>`;
    const text = extractHtml(page(`class="story"`, `${form}<script>var hidden = "<p>injected paragraph</p>";</script><noscript>Enable scripts</noscript>`)).text;
    for (const noise of ["tracker text", "injected paragraph", "color: #333", "Opinion", "Your name", "Type here", "Post comment", "Enable scripts", "Go to home page"]) {
      expect(text).not.toContain(noise);
    }
    expect(text).toContain(STORY[0]);
  });

  it("decodes named, numeric and Windows-1252 character references", () => {
    const extra = `<p>The caf&eacute; owner said &#8220;we&#146;re ready&#8221; &mdash; AT&amp;T and R&D &lt;left&gt; &#x2019;</p>`;
    expect(extractHtml(page(`class="story"`, extra)).text).toContain("The café owner said “we’re ready” — AT&T and R&D <left> ’");
  });

  it("keeps what the page states about itself", () => {
    const html = page(`class="story"`).replace(
      "<title>",
      `<meta property="og:site_name" content="Example Daily"><meta name="author" content="Sam Placeholder"><meta property="article:published_time" content="2024-05-07T09:00:00Z"><title>`,
    );
    expect(extractHtml(html).metadata).toMatchObject({
      title: "Envoys meet by the lake",
      publisher: "Example Daily",
      byline: "Sam Placeholder",
      published: { value: "2024-05-07T09:00:00Z" },
    });
  });

  it("never takes page furniture for the headline", () => {
    for (const furniture of ["Go to home page", "Skip to content", "Menu", "Subscribe", "Sign in"]) {
      const html = `<html><head><title>${furniture}</title></head><body><h1><a href="/">${furniture}</a></h1><div class="story">${STORY.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
      expect(prepareArticle(html, { format: "html" }).title, furniture).toBeNull();
    }
  });

  it("never takes the file name for the headline", () => {
    const html = `<html><head><title>envoys-2024-05.html</title></head><body><div>${STORY.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    expect(prepareArticle(html, { format: "html", fileName: "envoys-2024-05.html" }).title).toBeNull();
    expect(prepareArticle(`envoys-2024-05.txt\n\n${STORY.join("\n\n")}`, { fileName: "envoys-2024-05.txt" }).title).toBeNull();
  });

  it("reads deeply nested and broken markup in bounded time", () => {
    const cases = {
      "20,000 nested <div>": `${"<div>".repeat(20_000)}<p>${STORY[0]}</p>${"</div>".repeat(20_000)}`,
      "200,000 stray '<'": `<p>${STORY[0]}</p>${"<".repeat(200_000)}`,
      "50,000 unclosed <p>": `<div class="story">${`<p>${STORY[1]}`.repeat(50_000)}</div>`,
    };
    for (const [name, html] of Object.entries(cases)) {
      const time = measure(() => prepareArticle(html, { format: "html" }));
      console.log(describeTime(`HTML ${name}`, time));
      expect(time.result.cleanedText).toContain(name.includes("unclosed") ? STORY[1] : STORY[0]);
      // CPU time: wall time on the shared machine mostly measures others; a quadratic pass here takes minutes
      expect(time.cpuMs).toBeLessThan(5_000);
    }
  });
});

describe("HTML through the whole pipeline", () => {
  it("leaves no widget text that the body extractor kept (share links, ad labels)", async () => {
    const { readFileSync } = await import("node:fs");
    const fixture = (name: string) => readFileSync(`${__dirname}/../fixtures/ingest/html/${name}.input.html`, "utf8");
    const furniture = prepareArticle(fixture("article-with-furniture"), { format: "html" });
    expect(furniture.cleanedText).not.toMatch(/Facebook|Most Read|Earlier summit|All rights reserved/);
    expect(furniture.cleanedText).toContain("in the coming weeks & months.");
    expect(furniture).toMatchObject({ title: "Leaders agree to restore military hotline", publisher: "Example Wire", published: "2023-11-15" });
    expect(prepareArticle(fixture("teaser-cards-and-story-div"), { format: "html" }).cleanedText).not.toContain("Advertisement");
  });
});

describe("HTML too deep for Readability", () => {
  it("reads the whole page without its header and navigation, and says so", () => {
    const deep = `<header><a href="/">Go to home page</a><nav><a href="/world">World</a></nav></header>${"<div>".repeat(200)}<p>${STORY[0]}</p>${"</div>".repeat(200)}`;
    const article = prepareArticle(`<html><body>${deep}</body></html>`, { format: "html" });
    expect(article.cleanedText).toBe(STORY[0]);
    expect(article.warnings.join(" ")).toMatch(/whole <body> \(page nested over 120 elements deep\)/);
  });
});
