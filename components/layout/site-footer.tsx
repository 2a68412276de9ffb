import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          Readout tracks US–China diplomatic engagements. Every fact shown links to the words of a
          stored source article. <Link href="/about">How it works</Link>
        </p>
      </div>
    </footer>
  );
}
