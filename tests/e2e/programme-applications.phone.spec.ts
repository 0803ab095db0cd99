import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * Voluntary applications on a phone: a parent links a pupil of 7Б (under 14) to their account and applies for the pupil
 * as a mentee, and for themselves as a mentor; the curator accepts the first (the pupil is in the mentee base with the
 * request) and declines the second with a reason, which the parent reads.
 */
const tag = Date.now().toString(36).slice(-4);

async function desktop(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
}

test("a parent applies for their child on a phone, the curator accepts one application and declines another", async ({
  page,
  browser,
  school,
}) => {
  test.setTimeout(180_000);
  // The curator gives a parent code for a pupil of 7Б who has no parent account yet.
  const curator = await desktop(browser);
  await school.signIn(curator, "curator");
  await curator.goto(`/curator/invitations?class=${encodeURIComponent("7Б")}`);
  const row = curator.locator("tbody tr").filter({ hasText: "Аккаунтов: 0" }).last();
  const pupilName = (await row.locator("th").textContent())!.trim();
  await row.getByRole("button", { name: `Код для родителя: ${pupilName}` }).click();
  const code = (await curator.getByTestId("invitation-code").first().textContent())!.trim();

  // The school's parent adds the code to their account, on a phone.
  await page.goto(`/join?code=${encodeURIComponent(code)}`);
  await page.getByLabel("У меня уже есть аккаунт — добавить к нему").check();
  await waitForForm(page, "Добавить к моему аккаунту");
  await page.getByLabel("Ваш логин").fill(school.login("parent"));
  await page.getByLabel("Ваш пароль").fill(school.password);
  await page.getByRole("button", { name: "Добавить к моему аккаунту" }).click();
  await expect(page.getByRole("heading", { name: "Готово: код добавлен к вашему аккаунту" })).toBeVisible();
  await school.signIn(page, "parent");

  await page.getByRole("link", { name: "Заявка на участие" }).click();
  await waitForForm(page, "Отправить заявку");
  const who = page.getByLabel("За кого заявка");
  await who.selectOption({ label: pupilName });
  await page.getByLabel("Наставляемым (нужна помощь)").check();
  const request = `Трудно даётся английский, хочу заниматься с наставником ${tag}`;
  await page.getByLabel("Запрос или что умеете").fill(request);
  await page.getByRole("button", { name: "Отправить заявку" }).click();
  await expect(page.getByText("Заявка отправлена куратору программы.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  const self = (await who.locator("option", { hasText: "(я)" }).textContent())!;
  const parentName = self.replace(" (я)", "").trim();
  await who.selectOption({ label: self });
  await page.getByLabel("Наставником (готов помогать)").check();
  await page.getByLabel("Запрос или что умеете").fill(`Расскажу о профессии инженера ${tag}`);
  await page.getByRole("button", { name: "Отправить заявку" }).click();
  await expect(page.getByText("Заявка отправлена куратору программы.")).toBeVisible();

  // The curator accepts the pupil's application and declines the parent's with a reason.
  await curator.goto("/curator");
  await curator.getByRole("link", { name: "Заявки", exact: true }).click();
  await curator.getByRole("button", { name: `Принять в базу: ${pupilName}` }).click();
  await expect(curator.getByRole("link", { name: `Карточка: ${pupilName}` })).toBeVisible();
  await curator.getByText(`Отклонить заявку: ${parentName}`).click();
  const reason = `Наставники-родители набираются в январе ${tag}`;
  await curator.getByLabel("Причина отказа").fill(reason);
  await curator.getByRole("button", { name: "Отклонить", exact: true }).click();
  await expect(curator.getByText(`Причина: ${reason}`)).toBeVisible();

  // The pupil is in the mentee base with the request in the parent's words.
  await curator.getByRole("link", { name: `Карточка: ${pupilName}` }).click();
  await expect(curator.getByLabel("Запрос своими словами")).toHaveValue(request);

  // The parent sees both decisions, the reason of the declined one included.
  await page.reload();
  const mine = page.getByRole("listitem");
  await expect(mine.filter({ hasText: pupilName })).toContainText("Принята");
  await expect(mine.filter({ hasText: parentName })).toContainText(`Причина отказа: ${reason}`);
});

test("an adult from outside the school applies on a phone without an account; the curator accepts them as a mentor", async ({
  page,
  browser,
  school,
}) => {
  test.setTimeout(150_000);
  const curator = await desktop(browser);
  await school.signIn(curator, "curator");
  await curator.goto("/curator/applications");
  const formPath = `/apply/${school.slug}`;
  await expect(curator.getByRole("link", { name: formPath })).toBeVisible();

  // Signed out, on the phone: the form, the consent text and the status link.
  await page.goto(formPath);
  await expect(page.getByRole("heading", { name: "Стать наставником" })).toBeVisible();
  await waitForForm(page, "Отправить заявку");
  const lastName = `Громова${tag}`;
  await page.getByRole("button", { name: "Отправить заявку" }).click();
  await expect(page.getByText("Укажите фамилию")).toBeVisible();
  await expect(page.getByText("Без согласия на обработку персональных данных заявку принять нельзя")).toBeVisible();
  await page.getByLabel("Фамилия").fill(lastName);
  await page.getByLabel("Имя", { exact: true }).fill("Елена");
  await page.getByLabel("Электронная почта").fill(`gromova-${tag}@example.ru`);
  await page.getByLabel("Кто вы").selectOption({ label: "Выпускник" });
  await page.getByLabel("Чем вы можете помочь ученикам или педагогам").fill("Инженер-конструктор: помогу с физикой и проектами");
  await page.getByLabel(/Даю согласие на обработку/).check();
  await page.getByRole("button", { name: "Отправить заявку" }).click();
  await expect(page.getByText("Заявка отправлена куратору программы.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole("link", { name: "Статус моей заявки" }).click();
  await expect(page.getByText("На рассмотрении у куратора")).toBeVisible();

  // The curator has a notice and the application, and accepts it: the applicant is in the base of mentors.
  await curator.goto("/notifications");
  await expect(curator.getByText("Новая заявка на участие в программе наставничества").first()).toBeVisible();
  await curator.goto("/curator/applications");
  await expect(curator.getByText(`gromova-${tag}@example.ru`)).toBeVisible();
  await curator.getByRole("button", { name: `Принять в базу: ${lastName} Елена` }).click();
  await expect(curator.getByRole("link", { name: `Карточка: ${lastName} Елена` })).toBeVisible();
  await curator.goto(`/curator/mentors?q=${encodeURIComponent(lastName)}`);
  await expect(curator.getByText(lastName).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText("Принята")).toBeVisible();
});
