import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kizuna", template: "%s · Kizuna" },
  description: "Learn who did what, where, when and why it mattered — with spaced repetition.",
  applicationName: "Kizuna",
  icons: { icon: "/icon.svg", apple: "/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Kizuna", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1d4f91",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <div id="main" className="page">
            {children}
          </div>
        </Providers>
      </body>
    </html>
  );
}
