import { createInterface } from "node:readline";
import { runCli } from "@/lib/cli/run";
import { createEditor } from "@/lib/auth/editors";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const USAGE = "usage: npm run editor:add -- EMAIL [--role editor|admin] [--name DISPLAY-NAME]   (the password is read twice from standard input)";

function parseArgs(args: string[]): { email: string; role?: string; name?: string } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at] as string;
    if (arg === "--role" || arg === "--name") {
      const value = args[at + 1];
      if (value === undefined) throw new AppError("BAD_USAGE", `${arg} needs a value`);
      options[arg.slice(2)] = value;
      at += 1;
    } else if (arg.startsWith("--")) throw new AppError("BAD_USAGE", `unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new AppError("BAD_USAGE", positional.length === 0 ? "no e-mail address given" : "give one e-mail address");
  return { email: positional[0] as string, ...options };
}

/** Reads lines from standard input; on a terminal each prompt is shown and the typing is not echoed. */
async function readPasswordTwice(): Promise<[string, string]> {
  const tty = process.stdin.isTTY === true;
  const lines: string[] = [];
  const prompts = ["Password: ", "Password again: "];
  const reader = createInterface({ input: process.stdin, output: tty ? process.stderr : undefined, terminal: tty });
  if (tty) {
    // Echo nothing but the prompt itself: readline writes typed characters through _writeToOutput.
    const muted = reader as unknown as { _writeToOutput: (text: string) => void };
    muted._writeToOutput = (text: string) => {
      if (prompts.includes(text) || text === "\r\n" || text === "\n") process.stderr.write(text);
    };
    process.stderr.write(prompts[0] as string);
  }
  for await (const line of reader) {
    lines.push(line);
    if (lines.length === 2) break;
    if (tty) process.stderr.write(`\n${prompts[1]}`);
  }
  if (tty) process.stderr.write("\n");
  reader.close();
  if (lines.length < 2) throw new AppError("BAD_USAGE", "the password must be given twice on standard input, one line each");
  return [lines[0] as string, lines[1] as string];
}

runCli(USAGE, async (args) => {
  const { email, role, name } = parseArgs(args);
  const [password, again] = await readPasswordTwice();
  if (password !== again) throw new AppError("BAD_REQUEST", "the two passwords differ; nothing was created");
  try {
    const editor = await createEditor({ email, password, role: role as "editor" | "admin" | undefined, name });
    console.log(`created ${editor.role} ${editor.email}${editor.name ? ` (${editor.name})` : ""}; sign in at /login`);
  } finally {
    await db().$disconnect();
  }
});
