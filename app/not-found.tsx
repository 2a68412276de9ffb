import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundMessage
      what="There is no page at this address"
      hint="The link may be mistyped, or the page may have moved. Everything in Readout can be reached from the timeline."
      backHref="/"
      backLabel="Go to the timeline"
    />
  );
}
