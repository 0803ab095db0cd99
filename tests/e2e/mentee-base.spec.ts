import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

test("a psychologist's note is confidential: the director does not see it on the same card", async ({ page, school }) => {
  await school.signIn(page, "psychologist");
  await expect(page.getByRole("heading", { level: 1, name: "Кабинет психолога" })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/curator\/people\//);
  const cardUrl = page.url();
  await waitForForm(page, "Добавить запрос");
  await page.getByLabel("Запрос", { exact: true }).selectOption({ label: "Общение, конфликты" });
  await expect(page.getByLabel("Источник сведений")).toHaveValue("Педагог-психолог");
  await page.getByLabel("Подробности").fill("Боится отвечать у доски, нужна поддержка");
  await page.getByRole("button", { name: "Добавить запрос" }).click();
  const note = page.getByText("Боится отвечать у доски, нужна поддержка");
  await expect(note).toBeVisible();
  await expect(page.locator("li, article, div", { has: note }).getByText("Конфиденциально").first()).toBeVisible();

  const director = await page.context().browser()!.newContext();
  const directorPage = await director.newPage();
  await school.signIn(directorPage, "director");
  await directorPage.goto(cardUrl);
  await expect(directorPage.getByRole("heading", { level: 2, name: "База наставляемых" })).toBeVisible();
  await expect(directorPage.getByText("Боится отвечать у доски")).toHaveCount(0);
  await director.close();
});
