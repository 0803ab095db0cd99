import path from "node:path";
import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

const classFile = path.join(process.cwd(), "tests/fixtures/roster/class-7a-cp1251.csv");
// Born 12.03.2013: under 14, so a parent's consent alone makes her eligible.
const pupil = "Алексеева Анна Сергеевна";

test("curator imports a class and prints invitations; a parent signs up with a code and consents; the child becomes eligible", async ({
  page,
  browser,
  school,
}) => {
  test.setTimeout(120_000);
  await school.signIn(page, "curator");

  await page.goto("/curator/roster/import");
  await waitForForm(page, "Проверить файл");
  await page.getByLabel("Файл списка").setInputFiles(classFile);
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await page.getByRole("button", { name: "Применить столбцы" }).click();
  await expect(page.getByText(/Новых: 5 · Обновятся: 0/)).toBeVisible();
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByRole("heading", { name: "Импорт завершён" })).toBeVisible();
  await expect(page.getByText("Новых: 5, обновлено: 0")).toBeVisible();

  await page.goto("/curator/consents?class=7А");
  const consentRow = page.getByRole("row").filter({ hasText: pupil });
  await expect(consentRow).toContainText("Нет согласия");
  await expect(consentRow).not.toContainText("Можно");

  await page.goto("/curator/invitations?class=7А");
  await waitForForm(page, "Выдать коды классу");
  await page.getByRole("radio", { name: "Родители", exact: true }).check();
  await page.getByRole("button", { name: "Выдать коды классу" }).click();
  await expect(page.getByRole("heading", { name: "Приглашения: 7А класс" })).toBeVisible();
  const card = page.getByRole("article", { name: `Приглашение: ${pupil}, для родителя` });
  await expect(card.locator("svg").first()).toBeVisible();
  const code = (await card.getByTestId("invitation-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);

  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await parent.goto(`/join?code=${code}`);
  await expect(parent.getByText("Приглашение для родителя ученика: Анна, 7А класс")).toBeVisible();
  await waitForForm(parent, "Создать аккаунт");
  await parent.getByLabel("Фамилия").fill("Алексеев");
  await parent.getByLabel("Имя").fill("Сергей");
  await parent.getByLabel("Отчество").fill("Викторович");
  const parentLogin = `alekseev.papa-${school.slug}`;
  await parent.getByLabel("Логин").fill(parentLogin);
  await parent.getByLabel("Пароль", { exact: true }).fill("Papa-2026-secret");
  await parent.getByLabel("Повторите пароль").fill("Papa-2026-secret");
  await parent.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(parent.getByRole("heading", { name: "Аккаунт создан" })).toBeVisible();

  // The code is single use.
  const stranger = await parentContext.newPage();
  await stranger.goto(`/join?code=${code}`);
  await expect(stranger.getByText(/уже использован/)).toBeVisible();

  await signIn(parent, parentLogin, "Papa-2026-secret");
  await parent.getByRole("link", { name: "Согласия на обработку персональных данных" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Согласия" })).toBeVisible();
  await waitForForm(parent, "Дать согласие");
  await parent.getByLabel("Я ознакомился(-ась) с текстом и даю согласие").check();
  await parent.getByRole("button", { name: "Дать согласие" }).click();
  await expect(parent.getByRole("region", { name: "Обработка персональных данных в программе наставничества" })).toContainText(
    "Согласие есть",
  );
  await parentContext.close();

  await page.goto("/curator/consents?class=7А");
  await expect(consentRow).toContainText("Согласие есть");
  await expect(consentRow).toContainText("Можно");
});
