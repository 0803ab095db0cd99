import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

test("the curator writes and publishes a case; signed out, the public page shows it without a child's surname", async ({
  page,
  browser,
  school,
}) => {
  // A sign-in, five pages and a second browser: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await school.signIn(page, "curator");
  await page.goto("/curator/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Кейсы лучших практик" })).toBeVisible();
  const publicPath = await page.getByRole("link", { name: /^\/s\// }).getAttribute("href");
  expect(publicPath).toBe(`/s/${school.slug}`);

  await waitForForm(page, "Написать кейс");
  await page.getByLabel("Пара или группа").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Написать кейс" }).click();
  await expect(page).toHaveURL(/\/curator\/cases\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "Участники и согласие на публикацию" })).toBeVisible();

  // The children of the pair, as the curator sees them: «Смирнов Кирилл Егорович (наставляемый, 7 класс): …».
  const people = await page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Участники и согласие на публикацию" }) })
    .getByRole("listitem")
    .allInnerTexts();
  const children = people.filter((line) => /\(наставляемый, \d+ класс\): нет согласия/.test(line));
  expect(children.length).toBeGreaterThan(0);
  const surnames = children.map((line) => line.split(" ")[0]);

  // The curator even types a child's surname into the text: without a publication consent it never goes public.
  await waitForForm(page, "Сохранить кейс");
  const title = `Как пара научилась ставить цели ${Date.now()}`;
  await page.getByLabel("Название").fill(title);
  await page
    .getByLabel("Текст кейса")
    .fill(`${surnames[0]} пришёл с запросом на мотивацию. За год пара провела встречи и подготовила проект.`);
  await page.getByLabel("Имена участников, давших согласие на публикацию").check();
  await page.getByLabel("Встречи: число и темы").check();
  await page.getByRole("button", { name: "Сохранить кейс" }).click();
  await expect(page.getByText("Кейс сохранён.")).toBeVisible();
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByRole("button", { name: "Снять с публикации" })).toBeVisible();

  const context = await browser.newContext();
  const visitor = await context.newPage();
  const response = await visitor.goto(publicPath!);
  expect(response?.status()).toBe(200);
  await expect(visitor).not.toHaveURL(/\/login/);
  const article = visitor.getByRole("article").filter({ has: visitor.getByRole("heading", { name: title }) });
  await expect(article).toBeVisible();
  await expect(article).toContainText("пришёл с запросом на мотивацию");
  await expect(article).toContainText(/наставляемый, \d+ класс/);
  const text = await visitor.locator("main").innerText();
  for (const surname of surnames) expect(text).not.toContain(surname);
  await context.close();

  // Taken off, the case is no longer served.
  await page.getByRole("button", { name: "Снять с публикации" }).click();
  await expect(page.getByRole("button", { name: "Опубликовать" })).toBeVisible();
  const signedOut = await browser.newContext();
  const again = await signedOut.newPage();
  await again.goto(publicPath!);
  await expect(again.getByText(title)).toHaveCount(0);
  await signedOut.close();
});
