import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { extractMarkdown } from "@/lib/ingest/markdown";
import { describeTime, measure } from "./timing";

const SAMPLE = `---
title: "Envoys meet by the lake"
date: 2024-05-07
author: Sam Placeholder
---

# Envoys meet by the lake

## Second day of *talks*

Trade envoys met on **Tuesday** at a _lakeside_ hotel, said an aide to the ***delegation***.
They compared \`tariff-list-v2\` line by line, and read [the joint notes](https://example.org/notes "notes") aloud.

![Envoys at the table](https://example.org/photo.jpg)

- First item: farm machinery
* Second item: export licences
+ Third item: shipping

1. Step one was a review.
2) Step two was a vote.

> A quoted aide said the mood was businesslike.

See also [a reference link][ref] and <https://example.org/auto>.

\`\`\`
code block line
\`\`\`

Escaped \\*stars\\* stay as text, and 5 * 3 = 15 too.

---

Closing line with a hard break\\
and its continuation.

[ref]: https://example.org/ref
`;

describe("Markdown", () => {
  const { text, metadata } = extractMarkdown(SAMPLE);
  const lines = text.split("\n").filter(Boolean);

  it("removes emphasis, code, heading, list, quote and link markup and keeps the words", () => {
    expect(lines).toEqual([
      "Envoys meet by the lake",
      "Second day of talks",
      "Trade envoys met on Tuesday at a lakeside hotel, said an aide to the delegation.",
      "They compared tariff-list-v2 line by line, and read the joint notes aloud.",
      "First item: farm machinery",
      "Second item: export licences",
      "Third item: shipping",
      "Step one was a review.",
      "Step two was a vote.",
      "A quoted aide said the mood was businesslike.",
      "See also a reference link and https://example.org/auto.",
      "code block line",
      "Escaped *stars* stay as text, and 5 * 3 = 15 too.",
      "Closing line with a hard break",
      "and its continuation.",
    ]);
  });

  it("keeps paragraphs apart with a blank line", () => {
    expect(text).toContain("line by line, and read the joint notes aloud.\n\nFirst item");
  });

  it("reads front matter for metadata and never keeps it as text", () => {
    expect(metadata).toMatchObject({ title: "Envoys meet by the lake", byline: "Sam Placeholder", published: { value: "2024-05-07", where: "front matter" } });
    expect(text).not.toContain("author:");
  });

  it("keeps text that only looks like markup in plain prose", () => {
    expect(extractMarkdown("Prices rose 3*4 percent_ish in [brackets] and (parens).").text).toBe("Prices rose 3*4 percent_ish in [brackets] and (parens).");
  });

  it("finishes adversarial bracket runs in bounded time", () => {
    const cases = {
      "a link of 100,000 '['": `[${"[".repeat(100_000)}text](https://example.org)`,
      "a link of 100,000 ']'": `[text${"]".repeat(100_000)}(https://example.org)`,
      "a link target of 100,000 '('": `[text](${"(".repeat(100_000)}`,
      "50,000 nested brackets": `${"[".repeat(50_000)}text${"]".repeat(50_000)}(https://example.org)`,
      "50,000 nested images": `${"![".repeat(50_000)}alt${"](u)".repeat(50_000)}\n\ntext after the images`,
      "100,000 emphasis openers": `${"*_".repeat(100_000)}text`,
    };
    for (const [name, markdown] of Object.entries(cases)) {
      const time = measure(() => prepareArticle(markdown, { format: "md" }));
      console.log(describeTime(`Markdown ${name}`, time));
      expect(time.result.cleanedText).toContain("text");
      // the target is 2 s; CPU time, since wall time on the shared machine mostly measures others (the regex stripper spent 5.6 s wall on nested brackets)
      expect(time.cpuMs).toBeLessThan(2_000);
    }
  });
});
