/** Absolute links that mail carries into the app (appUrl from mailConfig). */
export function mailLinks(appUrl: string) {
  return {
    page: (path: string) => `${appUrl}${path.startsWith("/") ? path : `/${path}`}`,
    settings: () => `${appUrl}/account`,
    notifications: () => `${appUrl}/notifications`,
    confirm: (token: string) => `${appUrl}/email/confirm?token=${encodeURIComponent(token)}`,
    unsubscribe: (token: string) => `${appUrl}/email/unsubscribe?token=${encodeURIComponent(token)}`,
  };
}
