import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Toaster } from "sonner";

import { HydrationMarker } from "@/components/shell/hydration-marker";

import "./globals.css";

export const metadata: Metadata = { title: { default: "Back office", template: "%s · Back office" } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) is new each time, and a page
  // prerendered at build time would carry scripts without it, which the browser then blocks.
  await connection();
  return (
    <html lang="en">
      <body>
        {children}
        <Toaster richColors position="top-right" />
        <HydrationMarker />
      </body>
    </html>
  );
}
