import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "nastavnik2026";

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await waitForForm(page, "Войти");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  // Checking the password is slow by design (argon2), and the first sign-in of a run also opens the server's database.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

/** Waits until React has hydrated the form (its submit button turns enabled), so typed input is not lost. */
export async function waitForForm(page: Page, submitLabel: string | RegExp) {
  await expect(page.getByRole("button", { name: submitLabel })).toBeEnabled();
}
