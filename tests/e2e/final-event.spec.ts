import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { pdfText } from "../support/read-pdf-text";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

const card = (page: Page, title: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

test("the curator completes a pair, holds the final event, proposes an award the director approves, and downloads a certificate", async ({
  page,
  school,
  browser,
}) => {
  // Three people, a pair's completion, an event and a download.
  test.setTimeout(240_000);

  // The mentor logs the pair's final meeting, its presentation of results and their own reflection.
  await school.signIn(page, "mentor");
  await page.goto("/mentor");
  await page
    .getByRole("link", { name: /^Смирнов/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Наставническая пара" })).toBeVisible();
  await waitForForm(page, "Записать встречу");
  const log = card(page, "Записать встречу");
  await log.getByLabel("Тип встречи").selectOption({ label: "Заключительная встреча" });
  await log.getByLabel("Тема").fill("Итоги года");
  await log.getByLabel("Длительность, мин").fill("45");
  const attendees = log.getByRole("group", { name: "Присутствовали" }).getByRole("checkbox");
  for (let i = 0; i < (await attendees.count()); i++) await attendees.nth(i).check();
  await log.getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Встреча записана." })).toBeVisible();

  await page.getByRole("link", { name: "Итоги работы: презентация и рефлексия" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Итоги работы пары" })).toBeVisible();
  const mentorName = ((await page.getByText(/^Наставник: /).innerText()).match(/^Наставник: (.+?) ·/) ?? [])[1];
  expect(mentorName).toBeTruthy();
  await waitForForm(page, "Сохранить презентацию");
  await page.getByLabel("Форма презентации").selectOption("Проект");
  await page.getByLabel("Что пара показала: результаты работы").fill("Совместный проект по математике, показали классу");
  await page.getByRole("button", { name: "Сохранить презентацию" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Презентация сохранена" })).toBeVisible();
  await page.getByLabel("Что у меня получилось").fill("Научились вместе планировать работу");
  await page.getByLabel("Насколько полезной была работа, от 1 до 10").fill("9");
  await page.getByRole("button", { name: "Сохранить мою рефлексию" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Рефлексия сохранена" })).toBeVisible();

  // The curator completes the pair on the completion board.
  const curatorContext = await browser.newContext({ acceptDownloads: true, locale: "ru-RU" });
  const curator = await curatorContext.newPage();
  await school.signIn(curator, "curator");
  await curator.goto("/curator/completion");
  const pairCard = card(curator, new RegExp(`^${mentorName} — Смирнов`));
  await expect(pairCard.getByText("Презентация результатов: есть")).toBeVisible();
  await pairCard.getByRole("button", { name: "Завершить работу пары" }).click();
  await expect(pairCard.getByText(/^Завершена/)).toBeVisible();

  // The final event: held yesterday, everyone invited, attendance marked, an award proposed.
  await curator.goto("/curator/final-event");
  await waitForForm(curator, "Сохранить мероприятие");
  await curator.getByLabel("Дата").fill(daysFromNow(-1));
  await curator.getByLabel("Время начала").fill("15:00");
  await curator.getByLabel("Место").fill("Актовый зал");
  await curator.getByRole("button", { name: "Сохранить мероприятие" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "Мероприятие сохранено" })).toBeVisible();
  await curator.getByRole("button", { name: "Отправить приглашения" }).click();
  await expect(curator.getByRole("status").filter({ hasText: /^Приглашено: \d+/ })).toBeVisible();
  const guests = card(curator, /^Гости/);
  await guests.getByRole("checkbox", { name: mentorName, exact: true }).check();
  await guests.getByRole("button", { name: "Отметить присутствие" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "Присутствие отмечено: 1" })).toBeVisible();
  await expect(curator.getByText("Мероприятие проведено.")).toBeVisible();

  const candidates = card(curator, "Кандидаты на награды");
  await expect(candidates.getByText(/^Проведено встреч: \d+/).first()).toBeVisible();
  const mentorOption = candidates.getByLabel("Наставник").locator("option", { hasText: mentorName });
  await candidates.getByLabel("Наставник").selectOption((await mentorOption.getAttribute("value"))!);
  await candidates.getByLabel("Номинация").fill("Наставник года");
  await candidates.getByLabel("Текст благодарности").fill("За внимание к ученику и совместный проект");
  await candidates.getByRole("button", { name: "Предложить награду" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "Предложение передано директору" })).toBeVisible();
  await expect(curator.getByText(`«Наставник года» — ${mentorName}: Ждёт решения директора`)).toBeVisible();

  // The director approves it.
  const directorContext = await browser.newContext({ locale: "ru-RU" });
  const director = await directorContext.newPage();
  await school.signIn(director, "director");
  await director.goto("/director/awards");
  const award = card(director, `«Наставник года» — ${mentorName}`);
  await waitForForm(director, "Сохранить решение");
  await award.getByRole("radio", { name: "Утвердить" }).check();
  await award.getByRole("button", { name: "Сохранить решение" }).click();
  await expect(award.getByText("Утверждена")).toBeVisible();

  // The curator downloads the mentor's certificate and reads the name in it.
  await curator.goto("/curator/final-event");
  await expect(curator.getByText(`«Наставник года» — ${mentorName}: Утверждена`)).toBeVisible();
  const download = curator.waitForEvent("download");
  await curator.getByRole("link", { name: new RegExp(`^Сертификат № С-\\d+: ${mentorName}$`) }).click();
  const text = await pdfText(await readFile(await (await download).path()));
  expect(text).toContain("СЕРТИФИКАТ УЧАСТНИКА");
  expect(text).toContain(mentorName);

  await curatorContext.close();
  await directorContext.close();
});
