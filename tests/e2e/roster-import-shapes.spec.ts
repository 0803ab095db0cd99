import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, waitForForm } from "./support/session";

const fixture = (name: string) => path.join(process.cwd(), "tests/fixtures/roster", name);

test("the curator sees which sheets of a workbook are read, and a wrong row as it is written in the file", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/curator/roster/import");
  await waitForForm(page, "Проверить файл");

  await page.getByLabel("Файл списка").setInputFiles(fixture("eljur-9.xlsx"));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByText("eljur-9.xlsx: XLSX, листы «9-А», «9-Б»")).toBeVisible();
  await expect(page.getByText("Лист «Сводка» пропущен: в нём нет списка людей.")).toBeVisible();
  await expect(page.getByText("Класс листа «9-Б» взят из строки «Класс: 9-Б» над таблицей.")).toBeVisible();
  const table = page.getByRole("region", { name: "Таблица: Строки файла и что с ними будет" });
  await expect(table.getByRole("row").filter({ hasText: "Королёв Фёдор Саввич" })).toContainText("лист «9-Б»");
  await expect(page.getByText(/Новых: 7 · Обновятся: 0 · Без изменений: 0 · Пропущены: 2 · С ошибками: 0/)).toBeVisible();

  await page.getByLabel("Файл списка").setInputFiles(fixture("sgo-class-5b-errors.csv"));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  const wrong = table.getByRole("row").filter({ hasText: "Такой даты нет: «31.06.2014»" });
  await expect(wrong).toContainText("Осипова Ульяна Фоминична");
  await expect(wrong).toContainText("В файле: 3; Осипова; Ульяна; Фоминична; Ж; 31.06.2014; 5Б");
  await expect(page.getByRole("button", { name: "Импортировать" })).toBeDisabled();
});
