import localFont from "next/font/local";

// Inter, only the two subsets our pages use (Russian text; digits and punctuation live in «latin»), through next/font:
// both files are preloaded with the page instead of being found late in the CSS, so Inter is there by the first paint
// (found late, it arrived after it and the swap moved the parent's cards: Lighthouse CLS 0.115), and the latin face
// brings a fallback (local Arial scaled to Inter's metrics) for when it is not.
// Two faces because each carries its own unicode-range; the cyrillic one has no fallback of its own, or that
// fallback would stand between it and the latin face for digits and punctuation.
export const interCyrillic = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter-cyrillic",
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

export const interLatin = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter-latin",
  adjustFontFallback: "Arial",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
});
