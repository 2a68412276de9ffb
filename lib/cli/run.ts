import { toPublicError } from "@/lib/errors";

/**
 * Runs a command-line entry point: AppErrors print their one-line message and exit with their
 * code (bad usage also prints the usage line); anything else is logged and exits 70.
 */
export function runCli(usage: string, main: (args: string[]) => Promise<number | void>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const publicError = toPublicError(error, (unknown) => console.error(unknown));
      console.error(`error: ${publicError.message}`);
      if (publicError.code === "BAD_USAGE") console.error(usage);
      process.exitCode = publicError.exitCode;
    },
  );
}
