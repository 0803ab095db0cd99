import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

test("a mentee fills in the satisfaction questionnaire on a phone", async ({ page, school }) => {
  await school.signIn(page, "mentee");
  await page.getByRole("link", { name: /Удовлетворённость участием/ }).click();
  await waitForForm(page, "Отправить анкету");
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(page.getByText("Выберите оценку").first()).toBeVisible();
  await expect(page.getByText("Выберите хотя бы один вариант")).toBeVisible();

  const scales = page.getByRole("group").filter({ has: page.getByRole("radio", { name: "10" }) });
  const count = await scales.count();
  expect(count).toBe(6);
  for (let i = 0; i < count; i++) await scales.nth(i).getByText("9", { exact: true }).click();
  await page
    .getByRole("group", { name: /Как часто/ })
    .getByLabel("Раз в неделю")
    .check();
  await page
    .getByRole("group", { name: /самым полезным/ })
    .getByLabel("Помощь с учёбой")
    .check();
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(page.getByRole("status")).toContainText("Анкета отправлена");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByRole("link", { name: "Вернуться в кабинет" }).click();
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByRole("link", { name: /Удовлетворённость участием/ })).toHaveCount(0);
});

test("a parent answers the parent survey about their own child on a phone", async ({ page, school }) => {
  await school.signIn(page, "parent");
  const link = page.getByRole("link", { name: /Анкета для родителей/ });
  await expect(page.getByText(/О ребёнке:/)).toBeVisible();
  await link.click();
  await waitForForm(page, "Отправить анкету");
  await expect(page.getByText(/О ребёнке:/)).toBeVisible();
  const scales = page.getByRole("group").filter({ has: page.getByRole("radio", { name: "10" }) });
  for (let i = 0; i < (await scales.count()); i++) await scales.nth(i).getByText("8", { exact: true }).click();
  await page
    .getByRole("group", { name: /Какие изменения/ })
    .getByLabel("Появились новые увлечения")
    .check();
  await page
    .getByRole("group", { name: /продолжил участие/ })
    .getByLabel("Да")
    .check();
  await page.getByLabel(/Ваши пожелания/).fill("Спасибо наставнику!");
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(page.getByRole("status")).toContainText("Анкета отправлена");
});
