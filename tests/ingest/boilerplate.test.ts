import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { stripBoilerplate } from "@/lib/ingest/boilerplate";
import { normalizeText } from "@/lib/ingest/normalize";
import { REMOVAL_REASONS } from "@/lib/ingest/types";
import { FIXTURES } from "./golden";

/** Each file stands for one source: the seed articles and the boilerplate cases, each written in a different site's style. */
const SOURCES = [
  ...readdirSync(path.join(FIXTURES, "boilerplate")).filter((file) => file.includes(".input.")).map((file) => path.join(FIXTURES, "boilerplate", file)),
  ...readdirSync(path.resolve(__dirname, "../../prisma/corpus")).filter((file) => file.endsWith(".txt")).map((file) => path.resolve(__dirname, "../../prisma/corpus", file)),
];

describe("boilerplate rules stay general", () => {
  it("every removal reason serves at least two different sources", () => {
    const sourcesByReason = new Map<string, Set<string>>(REMOVAL_REASONS.map((reason) => [reason, new Set()]));
    for (const file of SOURCES) {
      for (const removal of prepareArticle(readFileSync(file, "utf8"), { fileName: path.basename(file) }).removed) sourcesByReason.get(removal.reason)?.add(path.basename(file));
    }
    for (const [reason, sources] of sourcesByReason) expect(sources.size, `${reason}: ${[...sources].join(", ")}`).toBeGreaterThanOrEqual(2);
  });
});

describe("cookie banners", () => {
  const story = "Delegates met for three hours at a conference centre on Friday and agreed to hold another round before the end of the year, officials said.";

  it("drops the notice and the consent buttons beside it", () => {
    const text = `Accept all\nWe and our partners use cookies to measure traffic. By continuing to browse you agree to this.\nManage my preferences\nReject all\n\n${story}`;
    expect(stripBoilerplate(normalizeText(text)).text).toBe(story);
  });

  it("keeps reporting about cookie rules, and button words away from a notice", () => {
    const news = "Regulators said companies would have to stop using tracking cookies unless users give consent, a rule that takes effect in March.";
    const text = `${story}\n\n${news}\n\nAccept\n\n${story.replace("Friday", "Saturday")}`;
    expect(stripBoilerplate(normalizeText(text)).text).toBe(normalizeText(text));
  });
});
