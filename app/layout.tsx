import type { Metadata, Viewport } from "next";
import { interCyrillic, interLatin } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Наставник", template: "%s · Наставник" },
  description: "Программа наставничества школы по целевой модели",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru" className={`${interCyrillic.variable} ${interLatin.variable}`}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
