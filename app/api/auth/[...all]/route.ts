import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

/** better-auth's own endpoints: /api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session … */
const handle = (request: Request) => auth().handler(request);
export const { GET, POST } = toNextJsHandler(handle);
