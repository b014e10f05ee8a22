import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Toaster } from "sonner";

import { HydrationMarker } from "@/components/shell/hydration-marker";

import "./globals.css";

export const metadata: Metadata = { title: { default: "Back office", template: "%s · Back office" } };

export default function RootLayout({ children }: { children: ReactNode }) {
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
