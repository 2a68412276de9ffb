/** First focusable element of every page: jumps past the header to the main content. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2 focus:shadow"
    >
      Skip to content
    </a>
  );
}
