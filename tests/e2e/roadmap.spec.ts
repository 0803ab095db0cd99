import fs from "node:fs/promises";
import { docxText, xlsxRows } from "../support/read-office-files";
import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

test("curator edits an item's deadline and responsible, and sees the change history", async ({ page, school }) => {
  await school.signIn(page, "curator");
  await page.getByTestId("item-6.6").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Пункт 6.6" })).toBeVisible();
  await waitForForm(page, "Сохранить");
  await page.getByLabel("Сроки").fill("Май 2027");
  await page.getByLabel("Крайний срок").fill("2027-05-20");
  const responsible = page.getByLabel("Ответственный");
  await responsible.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status")).toHaveText("Изменения сохранены.");
  const history = page.getByRole("list", { name: "История изменений" });
  await expect(history).toContainText("Сроки: Апрель 2027 → Май 2027");
  await expect(history).toContainText("Крайний срок: 30 апреля 2027 → 20 мая 2027");
  await expect(history).toContainText("Ответственный:");
  await page.getByRole("link", { name: "← Дорожная карта" }).click();
  await expect(page.getByTestId("item-6.6")).toContainText("Срок: Май 2027");
});

test("curator is refused advancing a stage with open items, then advances with a reason", async ({ page, school }) => {
  await school.signIn(page, "curator");
  const stage6 = page.getByRole("region", { name: /6\. Организация работы/ });
  await waitForForm(page, /Перейти к этапу/);
  await stage6.getByRole("button", { name: /Перейти к этапу «Завершение наставничества»/ }).click();
  await expect(stage6.getByText(/Завершите или отмените пункты этапа/)).toBeVisible();
  await expect(stage6).toContainText("текущий этап");

  await stage6
    .getByLabel("Причина перехода с невыполненными пунктами")
    .fill("Итоговые встречи пар перенесены на май по решению педсовета");
  await stage6.getByRole("button", { name: /Перейти к этапу/ }).click();
  const stage7 = page.getByRole("region", { name: /7\. Завершение наставничества/ });
  await expect(stage7).toContainText("текущий этап");
  await expect(stage6).toContainText("Причина: Итоговые встречи пар перенесены на май по решению педсовета");
});

// Only reads the demo school.
test("curator downloads the roadmap as DOCX and XLSX, and both hold the items and deadlines", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/curator?year=2026");
  const read = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    return { file: await fs.readFile((await download.path())!), filename: download.suggestedFilename() };
  };
  const docx = await read("Скачать DOCX");
  expect(docx.filename).toBe("Дорожная карта 2026-2027.docx");
  const text = await docxText(docx.file);
  expect(text).toContain("МБОУ «Средняя школа № 17» г. Кстово");
  expect(text).toContain("6.4\nРегулярные встречи наставника и наставляемого\nДекабрь 2026 – Март 2027");
  expect(text).toContain("6.6\nПроведение заключительной встречи наставника и наставляемого\nАпрель 2027");

  const xlsx = await read("Скачать XLSX");
  expect(xlsx.filename).toBe("Дорожная карта 2026-2027.xlsx");
  const rows = (await xlsxRows(xlsx.file))["Дорожная карта"];
  expect(rows.find((row) => row[0] === "1.1")?.slice(1, 3)).toEqual([
    "Информирование педагогов школы о реализации программы наставничества",
    "Сентябрь 2026",
  ]);
  expect(rows.find((row) => row[0] === "6.6")?.[2]).toBe("Апрель 2027");

  await page.getByRole("link", { name: "Версия для печати" }).click();
  await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Регулярные встречи наставника и наставляемого" })).toBeVisible();
});

test("curator starts next year's programme from the template; this year's stays readable", async ({ page, school }) => {
  await school.signIn(page, "curator");
  await page.getByRole("link", { name: "Новая программа" }).click();
  await waitForForm(page, "Начать программу");
  await page.getByRole("button", { name: "Начать программу" }).click();
  await expect(page.getByText("Выберите хотя бы одну форму наставничества")).toBeVisible();
  await page.getByLabel("Ученик – ученик").check();
  await page.getByLabel("Учитель – учитель").check();
  await page.getByRole("button", { name: "Начать программу" }).click();
  await expect(page).toHaveURL(/year=2027/);
  await expect(page.getByText("2027/2028 учебный год · формы: Ученик – ученик, Учитель – учитель")).toBeVisible();
  await expect(page.getByRole("region", { name: /^\d\. / })).toHaveCount(7);
  await expect(page.getByTestId("item-1.1")).toContainText("Срок: Сентябрь 2027");
  await expect(page.getByTestId("item-6.4")).toContainText("Срок: Декабрь 2027 – Март 2028");
  await expect(page.getByRole("region", { name: "План работы", exact: true })).toContainText(
    "Подведение итогов работы пар/групп",
  );
  await page.getByRole("navigation", { name: "Учебные годы" }).getByRole("link", { name: "2026/2027" }).click();
  await expect(page.getByTestId("item-6.3")).toContainText("Выполнено");
});
