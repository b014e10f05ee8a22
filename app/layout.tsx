import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Toaster } from "sonner";

import { HydrationMarker } from "@/components/shell/hydration-marker";
import { FormatProvider } from "@/components/ui/format-provider";
import { loadFormatPrefs } from "@/lib/users/format-prefs";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Back office", template: "%s · Back office" },
  // Files in public/: the favicon the browser asks for, a scalable icon, and the app icon for home screens.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) is new each time, and a page
  // prerendered at build time would carry scripts without it, which the browser then blocks.
  await connection();
  const prefs = await loadFormatPrefs();
  return (
    <html lang="en">
      <body>
        {/* URL state for every list (nuqs), and the person's locale and zone for every <Money> and <DateTime>. */}
        <NuqsAdapter>
          <FormatProvider prefs={prefs}>{children}</FormatProvider>
        </NuqsAdapter>
        <Toaster richColors position="top-right" />
        <HydrationMarker />
      </body>
    </html>
  );
}
