import { expect, test } from "@playwright/test";
import { signIn, waitForForm } from "./support/session";

const dashboards = [
  { login: "curator", url: /\/curator$/, heading: "Дорожная карта программы" },
  { login: "director", url: /\/director$/, heading: "Отчёт о программе наставничества" },
  { login: "admin", url: /\/admin$/, heading: "Учётные записи школы" },
  { login: "mentor", url: /\/mentor$/, heading: "Мои пары и группы" },
  { login: "mentee", url: /\/mentee$/, heading: /Здравствуйте/ },
  { login: "parent", url: /\/parent$/, heading: "Мои дети" },
];

for (const { login, url, heading } of dashboards) {
  test(`${login} signs in and lands on their dashboard`, async ({ page }) => {
    await signIn(page, login);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
}

test("an unauthenticated visitor is sent to the login page", async ({ page }) => {
  await page.goto("/director");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password gets one generic message", async ({ page }) => {
  await page.goto("/login");
  await waitForForm(page, "Войти");
  await page.getByLabel("Логин").fill("director");
  await page.getByLabel("Пароль").fill("not-the-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText(/Не удалось войти: неверный логин или пароль/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields are explained next to them", async ({ page }) => {
  await page.goto("/login");
  await waitForForm(page, "Войти");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Введите логин")).toBeVisible();
  await expect(page.getByText("Введите пароль")).toBeVisible();
});

// The browser's bundle carries zod's Russian locale alone (next.config.ts): its own messages must still be Russian there.
test("zod's own messages are Russian in the browser", async ({ page }) => {
  await page.goto("/login");
  await waitForForm(page, "Войти");
  await page.getByLabel("Логин").fill("x".repeat(201));
  await page.getByLabel("Пароль").fill("p");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText(/Слишком большое значение/)).toBeVisible();
});

test("a user with two roles switches dashboards, and signs out", async ({ page }) => {
  await signIn(page, "mentor");
  await expect(page.getByRole("link", { name: /Анкета для родителей/ })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Мои кабинеты" }).getByRole("link", { name: "Родитель" }).click();
  await expect(page).toHaveURL(/\/parent$/);
  await expect(page.getByRole("heading", { level: 1, name: "Мои дети" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Родитель" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: /Анкета для родителей/ })).toBeVisible();
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/mentor");
  await expect(page).toHaveURL(/\/login/);
});

test("a role's dashboard is closed to users without the role", async ({ page }) => {
  await signIn(page, "mentee");
  const response = await page.goto("/director");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Нет доступа" })).toBeVisible();
});
