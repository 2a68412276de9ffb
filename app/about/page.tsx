import type { Metadata } from "next";

export const metadata: Metadata = { title: "About" };

export default function AboutPage() {
  return (
    <article className="max-w-[65ch] space-y-4 leading-relaxed">
      <h1 className="text-3xl font-semibold tracking-tight">About Readout</h1>
      <p>
        Readout follows diplomatic engagements between the United States and China: who met whom, when and
        where, what they discussed, and what each side said came of it.
      </p>
      <h2 className="pt-4 text-xl font-semibold">No fact without its words</h2>
      <p>
        Every participant, topic, outcome, date and place is backed by at least one verbatim excerpt of a stored
        news article. Under each fact you can read the excerpt and open it in its article, where it is
        highlighted. The number of sources beside a fact counts the independent articles that support it.
      </p>
      <h2 className="pt-4 text-xl font-semibold">Reviewed and extracted facts</h2>
      <p>
        <strong>Reviewed</strong> facts were confirmed by a curator. <strong>Extracted</strong> facts were proposed by
        the text-processing pipeline and carry its confidence; they are marked with a dashed badge until reviewed.
      </p>
      <h2 className="pt-4 text-xl font-semibold">Outcome statuses</h2>
      <p>
        Outcomes are recorded as agreed, announced, proposed, expected, rejected or ended without agreement, together
        with the side that stated them. A <a href="/topics">topic thread</a> lines them up in date order.
      </p>
    </article>
  );
}
