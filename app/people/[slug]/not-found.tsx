import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Person not found" };

export default function NotFound() {
  return (
    <NotFoundMessage
      what="No person with this name"
      hint="People are named like antony-blinken. Find a participant through the timeline's person filter."
      backHref="/"
      backLabel="Browse the timeline"
    />
  );
}
