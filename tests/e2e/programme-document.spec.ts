import fs from "node:fs";
import type { Browser, Download, Locator, Page } from "@playwright/test";
import type { DemoLogin } from "@/prisma/seed/insert-demo-school";
import { docxText } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { expect, test, type OwnSchool } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * The programme as the document a school approves, in a school of the test's own: the curator fills the text from the
 * template, sets the working group, a resource, a publication, the work plan and a module plan; the director approves
 * it; the curator downloads the DOCX and PDF, which carry the approval block, the aim, the group, roadmap and plan.
 */
const tag = Date.now().toString(36).slice(-4);

async function as(browser: Browser, school: OwnSchool, role: DemoLogin): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await school.signIn(page, role);
  return page;
}

const downloaded = async (download: Download) => fs.readFileSync((await download.path())!);
const formWith = (page: Page, label: string): Locator =>
  page.locator("form").filter({ has: page.getByLabel(label, { exact: true }) });

test("the curator writes the programme, the director approves it, and the documents carry it", async ({ browser, school }) => {
  test.setTimeout(240_000);
  const curator = await as(browser, school, "curator");
  await curator.goto("/curator");
  await curator.getByRole("link", { name: "Программа", exact: true }).click();
  await expect(curator).toHaveURL(/\/curator\/programme$/);
  await curator.getByRole("button", { name: "Создать текст по шаблону" }).click();
  const aim = formWith(curator, "Цель");
  await expect(aim).toBeVisible();
  await expect(aim.getByRole("button", { name: "Сохранить раздел" })).toBeEnabled();
  await aim.getByLabel("Цель", { exact: true }).fill(`Каждый ученик находит своё дело (${tag})`);
  await aim.getByRole("button", { name: "Сохранить раздел" }).click();
  await expect(aim.getByRole("status")).toHaveText("Сохранено.");

  // The working group and a resource.
  await curator.getByRole("link", { name: "Рабочая группа и ресурсы" }).click();
  await waitForForm(curator, "Добавить в рабочую группу");
  const person = curator.getByLabel("Сотрудник");
  const option = person.locator("option", { hasText: "Заместитель директора" }).first();
  const memberName = (await option.textContent())!.split(",")[0].trim();
  await person.selectOption((await option.getAttribute("value"))!);
  await curator.getByLabel("Роль в программе").selectOption("CURATOR");
  await curator.getByRole("button", { name: "Добавить в рабочую группу" }).click();
  await expect(curator.getByText("Участник рабочей группы добавлен.")).toBeVisible();
  await expect(curator.getByRole("listitem").filter({ hasText: memberName })).toContainText("Куратор программы");
  await curator.getByLabel("Вид ресурса").selectOption("METHODICAL");
  await curator.getByLabel("Ресурс", { exact: true }).fill(`Методические рекомендации ${tag}`);
  await curator.getByLabel("Источник").selectOption("EXTERNAL");
  await curator.getByRole("button", { name: "Добавить ресурс" }).click();
  await expect(curator.getByText("Ресурс добавлен.")).toBeVisible();

  // A publication of the media plan.
  await curator.getByRole("link", { name: "Медиаплан" }).click();
  await waitForForm(curator, "Добавить в медиаплан");
  await curator.getByLabel("Тема публикации").fill(`О запуске программы ${tag}`);
  await curator.getByLabel("Плановая дата").fill("2026-09-20");
  await curator.getByLabel("Ответственный").fill("Куратор");
  await curator.getByRole("button", { name: "Добавить в медиаплан" }).click();
  await expect(curator.getByText("Публикация добавлена в медиаплан.")).toBeVisible();

  // The work plan gets a row; the «учитель – ученик» module plan starts from the template and a row is edited.
  await curator.getByRole("link", { name: "План работы и планы модулей" }).click();
  const workPlan = curator.locator("section").filter({ has: curator.getByRole("heading", { name: "План работы на год" }) });
  await workPlan.locator("summary", { hasText: "Добавить мероприятие" }).click();
  await workPlan.getByLabel("Мероприятие").last().fill(`Круглый стол наставников ${tag}`);
  await workPlan.getByLabel("Срок или период").last().fill("Февраль");
  await workPlan.getByLabel("Ответственный").last().fill("Куратор");
  await workPlan.getByRole("button", { name: "Добавить мероприятие" }).click();
  await expect(workPlan.getByText(`Круглый стол наставников ${tag}`)).toBeVisible();
  const modulePlan = curator
    .locator("section")
    .filter({ has: curator.getByRole("heading", { name: "План основных мероприятий модуля «учитель – ученик»" }) });
  await modulePlan.getByRole("button", { name: "Заполнить по шаблону" }).click();
  await expect(modulePlan.getByText("1. Запуск модуля программы наставничества")).toBeVisible();
  const second = modulePlan.getByRole("listitem").filter({ has: curator.locator("summary", { hasText: "Изменить пункт 2" }) });
  await second.locator("summary").click();
  await second.getByLabel("Мероприятие").fill(`Групповая встреча в библиотеке ${tag}`);
  await second.getByLabel("Статус").selectOption("DONE");
  await second.getByRole("button", { name: "Сохранить" }).click();
  await expect(modulePlan.getByText(`2. Групповая встреча в библиотеке ${tag}`)).toBeVisible();

  // The director approves the version with the council's protocol and the order.
  const director = await as(browser, school, "director");
  await director.goto("/director/programme");
  await waitForForm(director, "Утвердить программу");
  await director.getByLabel("Номер протокола").fill("1");
  await director.getByLabel("Номер приказа").fill("131");
  await director.getByRole("button", { name: "Утвердить программу" }).click();
  await expect(director.getByRole("heading", { name: "Программа утверждена" })).toBeVisible();

  // The curator downloads both documents.
  await curator.goto("/curator/programme");
  await expect(curator.getByText("Версия 1: Утверждён").first()).toBeVisible();
  for (const format of ["DOCX", "PDF"]) {
    const [download] = await Promise.all([
      curator.waitForEvent("download"),
      curator.getByRole("link", { name: `Скачать ${format}` }).click(),
    ]);
    const file = await downloaded(download);
    const text = (format === "DOCX" ? await docxText(file) : await pdfText(file)).replace(/\s+/g, " ");
    expect(text).toContain("Рассмотрено");
    expect(text).toContain("Утверждено");
    expect(text).toContain("Протокол № 1");
    expect(text).toContain(`Каждый ученик находит своё дело (${tag})`);
    expect(text).toContain(memberName);
    expect(text).toContain("Дорожная карта");
    expect(text).toContain("Информирование педагогов школы о реализации программы наставничества");
    expect(text).toContain(`Круглый стол наставников ${tag}`);
    expect(text).toContain(`Групповая встреча в библиотеке ${tag}`);
  }

  // The approved version is frozen: a change to it makes version 2, a draft to approve again.
  const term = formWith(curator, "Срок реализации программы");
  await term.getByLabel("Срок реализации программы", { exact: true }).fill(`2026/2027 учебный год (${tag})`);
  await term.getByRole("button", { name: "Сохранить раздел" }).click();
  await expect(term.getByRole("status")).toHaveText("Сохранено как новая версия 2.");
  await expect(curator.getByText("Версия 2: Проект (не утверждён)").first()).toBeVisible();
});
