import { addDays, format } from "date-fns";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

const satisfaction = "Удовлетворённость участием в программе наставничества (наставляемый)";

async function unreadCount(page: Page): Promise<number> {
  const label = await page.getByRole("link", { name: /^Уведомления:/ }).getAttribute("aria-label");
  const match = label?.match(/Уведомления: (\d+)/);
  return match ? Number(match[1]) : 0;
}

test("the curator launches a campaign with automatic reminders; the mentee sees it in the bell, opens it, and the count goes down", async ({
  page,
  browser,
  school,
}) => {
  const title = `Анкета с напоминаниями ${Date.now()}`;
  const dueOn = addDays(new Date(), 10);
  await school.signIn(page, "curator");
  await page.goto("/curator/questionnaires/campaigns/new");
  await waitForForm(page, "Запустить кампанию");
  const template = page.getByLabel("Анкета").locator("option", { hasText: satisfaction });
  await page.getByLabel("Анкета").selectOption(await template.getAttribute("value"));
  await page.getByLabel("Название кампании").fill(title);
  await page.getByLabel("Ответить до").fill(format(dueOn, "yyyy-MM-dd"));
  await page.getByRole("radio", { name: "Выбранные люди" }).check();
  await page.getByRole("checkbox", { name: /Смирнов Кирилл/ }).check();
  const reminders = page.getByRole("group", { name: "Напомнить автоматически тем, кто не ответил" });
  await expect(reminders.getByRole("checkbox", { name: "за 3 дня до срока" })).toBeChecked();
  await expect(reminders.getByRole("checkbox", { name: "за 1 день до срока" })).toBeChecked();
  await reminders.getByRole("checkbox", { name: "за 7 дней до срока" }).check();
  await page.getByRole("button", { name: "Запустить кампанию" }).click();
  await expect(page.getByText("Кампания запущена: анкету получили 1 чел.")).toBeVisible();
  await page.getByRole("link", { name: "Открыть кампанию" }).click();
  await expect(page.getByTestId("auto-reminders")).toContainText(
    `за 3 дня до срока — запланировано на ${format(addDays(dueOn, -3), "d")}`,
  );

  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
  });
  const mentee = await phone.newPage();
  await school.signIn(mentee, "mentee");
  const before = await unreadCount(mentee);
  expect(before).toBeGreaterThan(0);
  await mentee.getByRole("link", { name: /^Уведомления:/ }).click();
  await expect(mentee.getByRole("heading", { name: "Уведомления", level: 1 })).toBeVisible();
  await mentee.getByRole("link", { name: new RegExp(`Новое: Новая анкета «${title}»`) }).click();
  await mentee.waitForURL((url) => url.pathname === "/mentee" || url.pathname === "/");
  await expect(mentee.getByText(satisfaction.replace(" (наставляемый)", "")).first()).toBeVisible();
  expect(await unreadCount(mentee)).toBe(before - 1);

  await mentee.goto("/notifications");
  await expect(mentee.getByRole("link", { name: new RegExp(`Новая анкета «${title}»`) })).not.toContainText("Новое:");
  await phone.close();
});
