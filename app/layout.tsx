import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { ServiceWorkerRegistration } from "@/components/offline/service-worker-registration";
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
  // The on-screen keyboard shrinks the page instead of covering it, so a focused answer box (and
  // its Check button) scrolls into the part that is still visible.
  interactiveWidget: "resizes-content",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#1d4f91" },
    { media: "(prefers-color-scheme: dark)", color: "#13233d" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ServiceWorkerRegistration />
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
