import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("a phone can add the app to its home screen: manifest and icons", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = await manifest.json();
  expect(body).toMatchObject({ short_name: "Наставник", lang: "ru", display: "standalone", start_url: "/" });
  for (const icon of body.icons as { src: string }[]) {
    expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
});

test("signed-in pages ask search engines not to index them", async ({ page }) => {
  await signIn(page, "curator");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await page.request.get("/robots.txt").then((r) => r.text())).toContain("Disallow: /");
});

test("the login page leads people with an invitation code to sign-up", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Зарегистрироваться по коду" }).click();
  await expect(page).toHaveURL(/\/join$/);
});
