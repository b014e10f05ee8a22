// GET|POST /api/auth/* - next-auth sign-in, sign-out and session endpoints (public by nature)
import NextAuth from "next-auth";

import { getAuthOptions } from "@/lib/auth/auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
