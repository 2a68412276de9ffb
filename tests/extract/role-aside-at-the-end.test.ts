import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A US–China contact an article about something else reaches only in its closing lines is an aside, not its main engagement. */

function rolesAndPlaces(text: string) {
  return extractText(text, "2024-03-10").engagements.map((engagement) => ({ role: engagement.role, place: engagement.place?.name ?? null }));
}

/** Nine sentences about a regional forum and a host's talks with a Chinese minister, none a US–China contact. */
const FORUM_STORY =
  "JAKARTA, March 9 -- Chinese Defense Minister Dong Jun is in Jakarta this weekend for a regional security forum that draws ministers from across Asia. " +
  "Indonesia's president received the Chinese minister at the palace on Saturday. " +
  "The two men spoke of closer ties between their armed forces. " +
  "The host said the region needed calm and more dialogue among its neighbours. " +
  "The forum returns this year after a pause of three years. " +
  "Its organisers expect record attendance from the region. " +
  "Delegates will also weigh maritime disputes and disaster relief. " +
  "Several panels are open to the press for the first time. " +
  "Dong is due to give a speech on Sunday on his country's view of regional security. ";

describe("a contact told only in an article's closing lines", () => {
  it("is mentioned, not main, however plainly its sentence tells it", () => {
    const roles = rolesAndPlaces(`${FORUM_STORY}Separately, Defense Secretary Lloyd Austin said he met Dong on the sidelines. Neither side gave details.\n`);
    expect(roles.map((engagement) => engagement.role)).toEqual(["mentioned"]);
  });

  it("the lone aside still takes the city the story was filed from", () => {
    const roles = rolesAndPlaces(`${FORUM_STORY}While attending the forum, Dong will hold talks with Defense Secretary Lloyd Austin, a spokesman said. No agenda was given.\n`);
    expect(roles).toEqual([{ role: "mentioned", place: "Jakarta" }]);
  });

  it("negative: the same contact told in the lead stays the article's main one", () => {
    const lead = "JAKARTA, March 9 -- Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun on Saturday on the sidelines of a regional security forum. ";
    const roles = rolesAndPlaces(`${lead}${FORUM_STORY.slice(FORUM_STORY.indexOf("Indonesia's"))}Neither side gave details.\n`);
    expect(roles.map((engagement) => engagement.role)).toEqual(["main"]);
  });

  it("negative: a short report that tells the contact last is still about it", () => {
    const short = "Defense Secretary Lloyd Austin was in Jakarta on Saturday. The forum drew many ministers. Austin met Chinese Defense Minister Dong Jun there.\n";
    expect(rolesAndPlaces(short).map((engagement) => engagement.role)).toEqual(["main"]);
  });
});
