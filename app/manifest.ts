import type { MetadataRoute } from "next";

/** Web app manifest: installable on a phone's home screen, opening straight into study. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kizuna — learn events with spaced repetition",
    short_name: "Kizuna",
    description: "Flashcards and quizzes on who did what, where, when and why it mattered.",
    id: "/study",
    start_url: "/study",
    scope: "/",
    display: "standalone",
    // No orientation lock: study works held either way (WCAG 1.3.4).
    background_color: "#f4f6f9",
    theme_color: "#1d4f91",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
