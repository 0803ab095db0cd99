import type { MetadataRoute } from "next";

/** Lets a phone add the app to its home screen (parents and pupils use phones). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Наставник — программа наставничества школы",
    short_name: "Наставник",
    description: "Программа наставничества школы по целевой модели",
    lang: "ru",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
