import type { Page } from "@playwright/test";
import { addDays, format } from "date-fns";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

const satisfaction = "Удовлетворённость участием в программе наставничества (наставляемый)";

async function answerScales(page: Page, from: number, to: number, value: string) {
  const scales = page.getByRole("group").filter({ has: page.getByRole("radio", { name: "10" }) });
  for (let i = from; i < to; i++) await scales.nth(i).getByText(value, { exact: true }).click();
  return scales;
}

test("curator runs a satisfaction campaign for one form; a mentee answers on a phone with a saved draft; the curator sees completion and results", async ({
  page,
  browser,
  school,
}) => {
  test.setTimeout(120_000);
  await school.signIn(page, "curator");
  await page.goto("/curator/questionnaires/campaigns/new");
  await waitForForm(page, "Запустить кампанию");
  const template = page.getByLabel("Анкета").locator("option", { hasText: satisfaction });
  await page.getByLabel("Анкета").selectOption(await template.getAttribute("value"));
  await page.getByLabel("Название кампании").fill("Удовлетворённость, декабрь");
  await page.getByLabel("Ответить до").fill(format(addDays(new Date(), 20), "yyyy-MM-dd"));
  await page.getByRole("radio", { name: "Наставляемые формы" }).check();
  await page.getByLabel("Форма наставничества").selectOption({ label: "Учитель – ученик" });
  await page.getByRole("button", { name: "Запустить кампанию" }).click();
  await expect(page.getByText(/Кампания запущена: анкету получили \d+ чел\./)).toBeVisible();
  await page.getByRole("link", { name: "Открыть кампанию" }).click();
  await expect(page.getByText(/Ответили 0 из \d+/)).toBeVisible();
  const campaignUrl = page.url();
  await waitForForm(page, "Напомнить");
  await page.getByRole("button", { name: "Напомнить" }).click();
  await expect(page.getByText(/Напоминание отправлено: \d+ чел\./)).toBeVisible();

  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
  });
  const mentee = await phone.newPage();
  await school.signIn(mentee, "mentee");
  const reminded = mentee.getByRole("listitem").filter({ hasText: "Напоминание" });
  // The pupil sees the title without the audience marker about themselves.
  const asSeenByPupil = satisfaction.replace(" (наставляемый)", "");
  await expect(reminded).not.toContainText("(наставляемый)");
  await reminded.getByRole("link", { name: asSeenByPupil }).click();
  await mentee.waitForURL(/\/questionnaires\//);
  await expect(mentee.getByRole("heading", { level: 1 })).toHaveText(asSeenByPupil);
  const questionnaireUrl = mentee.url();
  await waitForForm(mentee, "Отправить анкету");
  await answerScales(mentee, 0, 3, "8");
  // The draft is saved a second after the last change: let that save finish before leaving.
  await mentee.waitForTimeout(1500);
  await mentee.waitForLoadState("networkidle");
  await expect(mentee.getByText(/Черновик сохранён в \d\d:\d\d/)).toBeVisible();

  await mentee.goto("/mentee");
  await expect(reminded).toContainText("Есть сохранённый черновик");
  await mentee.goto(questionnaireUrl);
  await waitForForm(mentee, "Отправить анкету");
  const scales = mentee.getByRole("group").filter({ has: mentee.getByRole("radio", { name: "10" }) });
  for (let i = 0; i < 3; i++) await expect(scales.nth(i).getByRole("radio", { name: "8" })).toBeChecked();
  await answerScales(mentee, 3, 6, "9");
  await mentee
    .getByRole("group", { name: /Как часто/ })
    .getByLabel("Раз в неделю")
    .check();
  await mentee
    .getByRole("group", { name: /самым полезным/ })
    .getByLabel("Помощь с учёбой")
    .check();
  await mentee.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(mentee.getByRole("status")).toContainText("Анкета отправлена");
  expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await phone.close();

  await page.goto(campaignUrl);
  await expect(page.getByText(/Ответили 1 из \d+/)).toBeVisible();
  // One answer in this campaign: no aggregate that would show it. Over all the template's answers: the means.
  await page.getByRole("link", { name: "Итоги кампании" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Итоги: ${satisfaction}` })).toBeVisible();
  await expect(page.getByText(/Меньше 5 ответивших/).first()).toBeVisible();
  await expect(page.getByText(/Среднее \d/)).toHaveCount(0);
  await page.goto(page.url().split("?")[0]);
  await expect(page.getByText(/Среднее \d/).first()).toBeVisible();
});
