/**
 * The page's Content-Security-Policy: scripts only with this response's nonce (Next.js puts it on its own scripts
 * when it finds the policy in the request), and what they load themselves ('strict-dynamic'). Styles allow inline:
 * bars and charts set their widths in style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response gets (next.config.ts); HSTS only in production, where the site is served over HTTPS. */
export function securityHeaders(production = process.env.NODE_ENV === "production"): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Addresses of pages about children never leave the site; same-site navigation keeps its referrer.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
