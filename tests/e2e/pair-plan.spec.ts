import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

const tag = Math.random().toString(36).slice(2, 7);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

const card = (page: Page, title: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title }) });

test("a mentor writes a plan and plans a meeting; the mentee on a phone sees it, downloads its .ics and proposes a change the mentor accepts", async ({
  page,
  school,
  browser,
}) => {
  // Two people, a plan, two meetings and a download: longer than one screen's test.
  test.setTimeout(180_000);
  await school.signIn(page, "mentor");
  await page.goto("/mentor");
  // The dashboard links a pair in its list and in the pairs' health block: either goes to the pair.
  await page
    .getByRole("link", { name: /^Смирнов/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Наставническая пара" })).toBeVisible();
  const pairUrl = page.url();

  // The plan: two goals with their tasks.
  await page.getByRole("link", { name: "Составить план" }).click();
  await waitForForm(page, "Сохранить план");
  await page.getByLabel("Формулировка цели").fill(`Подтянуть математику ${tag}`);
  await page.getByLabel("Отслеживаемый показатель").selectOption({ label: "Средний балл успеваемости" });
  await page.getByLabel("Целевое значение").fill("4.5");
  await page.getByLabel("Задача 1").fill("Решить 20 задач из сборника");
  await page.getByLabel("Срок").fill(inDays(14));
  await page.getByRole("button", { name: "Добавить задачу" }).click();
  await page.getByLabel("Задача 2").fill("Написать пробную контрольную");
  await page.getByRole("button", { name: "Добавить цель" }).click();
  const second = page.getByRole("region", { name: "Цель 2" });
  await second.getByLabel("Формулировка цели").fill(`Найти кружок по душе ${tag}`);
  await second.getByLabel("Задача 1").fill("Сходить на два занятия");
  await page.getByRole("button", { name: "Сохранить план" }).click();
  await expect(page.getByRole("status").filter({ hasText: "План сохранён (версия 1)." })).toBeVisible();

  // The next meeting.
  await page.goto(pairUrl);
  const plan = card(page, "Запланированные встречи");
  await plan.locator("summary", { hasText: "Запланировать встречу" }).click();
  await expect(plan.locator("form").getByRole("button", { name: "Запланировать встречу" })).toBeEnabled();
  await plan.getByLabel("Тип встречи").selectOption({ label: "Регулярная встреча" });
  await plan.getByLabel("Дата").fill(inDays(3));
  await plan.getByLabel("Время").fill("15:30");
  await plan.getByLabel("Место").fill("Кабинет 21");
  await plan.getByLabel("Тема").fill(`Разбор контрольной ${tag}`);
  await plan.locator("form").getByRole("button", { name: "Запланировать встречу" }).click();
  const outOfOrder = page.getByRole("button", { name: "Всё равно запланировать" });
  const saved = page.getByRole("status").filter({ hasText: "Встреча запланирована" });
  await expect(outOfOrder.or(saved)).toBeVisible();
  if (await outOfOrder.isVisible()) await outOfOrder.click();
  await expect(saved).toBeVisible();
  await page.reload();
  await expect(plan.getByText(`Разбор контрольной ${tag}`)).toBeVisible();

  // The mentor moves it: a later time, online; the mentee and the parent are told.
  await plan.getByRole("button", { name: /^Изменить встречу/ }).click();
  const change = plan.getByRole("group", { name: /^Изменение встречи/ });
  await waitForForm(page, "Сохранить изменения");
  await change.getByLabel("Время").fill("16:45");
  await change.getByLabel("Ссылка на онлайн-встречу").fill("https://meet.example.org/pair");
  await change.getByRole("button", { name: "Сохранить изменения" }).click();
  await expect(change.getByRole("status").filter({ hasText: "Встреча изменена" })).toBeVisible();
  await page.reload();
  await expect(plan.getByText(/16:45/)).toBeVisible();

  // An olympiad with its diploma, which the mentee will see on their page.
  const achievements = card(page, /^Достижения \(\d+\)$/);
  await achievements.getByText("Добавить достижение").click();
  await waitForForm(page, "Записать достижение");
  await achievements.getByLabel("Вид").selectOption({ label: "Олимпиада" });
  await achievements.getByLabel("Название").fill(`Школьный этап олимпиады ${tag}`);
  await achievements.getByLabel("Уровень").selectOption({ label: "Школьный" });
  await achievements.getByLabel("Результат").selectOption({ label: "Победитель" });
  await achievements.getByLabel(/Подтверждающий документ/).setInputFiles({
    name: "diplom.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% диплом победителя\n"),
  });
  await achievements.getByRole("button", { name: "Записать достижение" }).click();
  await expect(achievements.getByText("Достижение записано.")).toBeVisible();

  // Today's meeting, logged with attendance and next steps.
  const log = card(page, "Записать встречу");
  await waitForForm(page, "Записать встречу");
  await log.getByLabel("Тип встречи").selectOption({ label: "Регулярная встреча" });
  await log.getByLabel("Тема").fill(`Задачи на проценты ${tag}`);
  await log.getByLabel("Длительность, мин").fill("40");
  await log.getByLabel("Следующие шаги").fill("Решить задачи 1–10");
  await log.getByRole("group", { name: "Присутствовали" }).getByRole("checkbox").first().check();
  await log.getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Встреча записана." })).toBeVisible();
  await page.reload();
  const logged = card(page, /^Встречи \(\d+\)$/)
    .getByRole("listitem")
    .filter({ hasText: `Задачи на проценты ${tag}` });
  await expect(logged).toContainText("Присутствовали: Смирнов");
  await expect(logged).toContainText("Следующие шаги: Решить задачи 1–10");

  // The mentee, on a phone.
  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
    acceptDownloads: true,
  });
  const mentee = await phone.newPage();
  await school.signIn(mentee, "mentee");
  await mentee.goto("/mentee");
  const next = mentee.getByRole("region", { name: "Следующая встреча" });
  await expect(next).toContainText(`Разбор контрольной ${tag}`);
  await expect(next).toContainText("16:45");
  await expect(next.getByRole("link", { name: "Ссылка на онлайн-встречу" })).toHaveAttribute(
    "href",
    "https://meet.example.org/pair",
  );
  // The pair's achievement, with its diploma to download.
  const won = mentee.getByRole("region", { name: "Достижения" }).getByRole("listitem").filter({ hasText: tag });
  await expect(won).toContainText(`Школьный этап олимпиады ${tag}`);
  await expect(won).toContainText("Победитель");
  const [diploma] = await Promise.all([
    mentee.waitForEvent("download"),
    won.getByRole("link", { name: "Документ: diplom.pdf" }).click(),
  ]);
  expect(diploma.suggestedFilename()).toBe("diplom.pdf");
  const download = mentee.waitForEvent("download");
  await next.getByRole("link", { name: "Добавить в календарь (.ics)" }).click();
  const file = await readFile(await (await download).path());
  const ics = file.toString("utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`Разбор контрольной ${tag}`);
  expect(ics).not.toContain("Смирнов");

  await mentee.getByRole("link", { name: "Открыть план" }).click();
  await expect(mentee.getByText(`Подтянуть математику ${tag}`, { exact: true })).toBeVisible();
  await mentee.locator("summary", { hasText: "Предложить изменение плана" }).click();
  await waitForForm(mentee, "Предложить изменение");
  await mentee.getByLabel("Куда").selectOption({ label: `Задача к цели «Найти кружок по душе ${tag}»` });
  await mentee.getByLabel("Что предлагаю").fill(`Попробовать шахматный клуб ${tag}`);
  await mentee.getByRole("button", { name: "Предложить изменение" }).click();
  await expect(mentee.getByRole("status").filter({ hasText: "Предложение отправлено наставнику." })).toBeVisible();
  await expect(mentee.getByText(`«Попробовать шахматный клуб ${tag}» — Ждёт решения наставника`)).toBeVisible();

  // The mentor saves the plan again first (goals keep their ids), then accepts it: the task joins its goal.
  await page.goto(`${pairUrl}/plan`);
  await waitForForm(page, "Сохранить план");
  await page.getByRole("region", { name: "Цель 1" }).getByLabel("Состояние").first().selectOption({ label: "Выполнена" });
  await page.getByRole("button", { name: "Сохранить план" }).click();
  await expect(page.getByRole("status").filter({ hasText: "План сохранён (версия 2)." })).toBeVisible();
  await page.getByRole("button", { name: "Принять" }).click();
  await expect(page.getByText(`«Попробовать шахматный клуб ${tag}» — Принято`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Цель 2" }).getByLabel("Задача 2")).toHaveValue(
    `Попробовать шахматный клуб ${tag}`,
  );

  await mentee.reload();
  await expect(mentee.getByText(`«Попробовать шахматный клуб ${tag}» — Принято`)).toBeVisible();
  // The goal's item holds its tasks' items: the task's own is the innermost, the last.
  await expect(
    mentee
      .getByRole("listitem")
      .filter({ hasText: `Попробовать шахматный клуб ${tag} · Не начата` })
      .last(),
  ).toBeVisible();
  await phone.close();
});
