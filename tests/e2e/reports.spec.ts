import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { surnames } from "@/prisma/seed/names";
import { docxText, xlsxRows } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { signIn, waitForForm } from "./support/session";

// Reads the demo municipality (prisma/seed/insert-municipality.ts) as its coordinator and the demo school's report as
// its director; changes nothing of theirs. The operator's school goes into a municipality of the test's own.

/** Every seeded person's surname, masculine and feminine: all the demo's people are named from this list. */
const personNames = surnames.flatMap((s) => [s, `${s}а`]);
const nameIn = (text: string) => personNames.find((name) => new RegExp(`(?<![а-яё])${name}(?![а-яё])`, "iu").test(text));

async function fileText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  const text = url.endsWith("xlsx")
    ? Object.values(await xlsxRows(body))
        .flat(2)
        .join("\n")
    : url.endsWith("docx")
      ? await docxText(body)
      : await pdfText(body);
  return text.replace(/\s+/g, " ");
}

async function pageText(page: Page, url: string): Promise<string> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return (await page.locator("body").innerText()).replace(/\s+/g, " ");
}

test("the coordinator sees the municipality's schools, and no person's name anywhere or in any export", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "coordinator");
  await expect(page).toHaveURL(/\/municipality$/);
  const overview = await pageText(page, "/municipality");
  for (const school of ["Средняя школа № 17", "Средняя школа № 3", "Безводнинская"]) expect(overview).toContain(school);
  await expect(page.getByTestId("ranking").getByRole("listitem")).toHaveCount(3);
  // The small school: three answered the satisfaction questionnaire, so its figure is hidden.
  const small = page.getByRole("row", { name: /Безводнинская/ });
  await expect(small).toContainText("скрыто: менее 5 чел.");
  await expect(page.getByRole("row", { name: /Средняя школа № 3/ })).not.toContainText("скрыто");

  const texts: [string, string][] = [["/municipality", overview]];
  const schoolLinks = await page
    .getByTestId("school-kpis")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(schoolLinks).toHaveLength(3);
  // The school pages: the small school's satisfaction hidden there too; nothing below the school is offered.
  for (const url of schoolLinks) {
    const text = await pageText(page, url);
    texts.push([url, text]);
    if (text.includes("Безводнинская")) await expect(page.getByTestId("school-satisfaction")).toContainText("скрыто");
    expect(await page.getByRole("link", { name: /Детализация/ }).count()).toBe(0);
  }
  for (const url of ["/", "/account"]) texts.push([url, await pageText(page, url)]);
  for (const format of ["xlsx", "docx", "pdf"]) {
    const text = await fileText(page.request, `/municipality/export/${format}`);
    expect(text, format).toContain("Безводнинская");
    expect(text, format).toContain("скрыто: менее 5 чел.");
    expect(text, format).toContain("Рейтинг по охвату");
    texts.push([format, text]);
  }
  for (const [where, text] of texts) expect(nameIn(text), where).toBeUndefined();
  // Nothing of a school's own: its report, the drill-down and its export are refused.
  for (const url of ["/director", "/director/report/drill-down", "/director/report/export/xlsx", "/curator/roster"]) {
    expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
  }
});

test("the director reads the KPIs, the trends and the drill-down, and downloads the report as XLSX, DOCX and PDF", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "director");
  await page.goto("/director");
  const coverage = (await page.getByTestId("coverage-percent").innerText()).replace(/\s*%$/, "").trim();
  const young = (await page.getByTestId("young-teachers").innerText()).match(/^([\d,]+) %/)![1];
  await expect(page.getByTestId("overdue-items")).toContainText("Просрочено мероприятий");
  await page.getByText("Таблица с данными графика").click();
  await expect(page.getByTestId("trend-table").getByRole("row")).not.toHaveCount(1);
  // The chart's code loads when the chart comes near the screen (components/reports/lazy-trend-chart.tsx).
  await page.getByTestId("trend-table").scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  for (const format of ["xlsx", "docx", "pdf"]) {
    const text = await fileText(page.request, `/director/report/export/${format}`);
    const number = (value: string) => (format === "xlsx" ? value.replace(",", ".") : value);
    expect(text, format).toContain("Отчёт о реализации целевой модели наставничества");
    expect(text, format).toContain(number(coverage));
    expect(text, format).toContain(number(young));
    expect(text, format).toContain("Пары и группы по формам");
  }
  await page.getByRole("link", { name: "Детализация по параллелям, классам и формам" }).click();
  await page.getByRole("table", { name: "Охват по классам" }).getByRole("link", { name: "7 «А»" }).click();
  await expect(page).toHaveURL(/grade=7&class=/);
  await expect(page.getByTestId("drill-down-pairs")).toBeVisible();
  await expect(page.getByTestId("drill-down-pairs")).toContainText("7 «А»");
});

test("the platform operator creates a school with its first admin's one-time code, and the municipality's coordinator", async ({
  page,
  browser,
}) => {
  await signIn(page, "operator");
  await expect(page).toHaveURL(/\/operator$/);
  const tag = Date.now().toString(36);
  await waitForForm(page, "Создать школу");
  await page.getByLabel("Муниципалитет", { exact: true }).fill(`Тестовый округ ${tag}`);
  await page.getByLabel("Полное название школы").fill(`МБОУ «Школа ${tag}»`);
  await page.getByLabel("Краткое название").fill(`Школа ${tag}`);
  await page.getByLabel("Адрес школы (латиницей)").fill("кириллица");
  await page.getByLabel("Фамилия администратора").fill("Проверкина");
  await page.getByLabel("Имя администратора").fill("Анна");
  await page.getByRole("button", { name: "Создать школу" }).click();
  await expect(page.getByText("Латинские буквы, цифры и дефис")).toBeVisible();
  await page.getByLabel("Адрес школы (латиницей)").fill(`e2e-op-${tag}`);
  await page.getByRole("button", { name: "Создать школу" }).click();
  await expect(page.getByTestId("admin-code")).toContainText(/[2-9A-Z]{10}/);
  await expect(page.getByRole("paragraph").filter({ hasText: `Тестовый округ ${tag}` })).toBeVisible();

  // The new municipality's coordinator: a login and a temporary password shown once, then signing in with them.
  await waitForForm(page, "Создать координатора");
  await page.getByLabel("Муниципалитет координатора").selectOption({ label: `Тестовый округ ${tag}` });
  await page.getByLabel("Фамилия координатора").fill("Белова");
  await page.getByLabel("Имя координатора").fill("Татьяна");
  await page.getByLabel("Логин координатора").fill(`coord-${tag}`);
  await page.getByRole("button", { name: "Создать координатора" }).click();
  const issued = page.getByTestId("coordinator-password");
  await expect(issued).toContainText(`coord-${tag}`);
  const password = (await issued.locator("strong").last().textContent())!.trim();
  await expect(page.getByText(`Белова Татьяна (coord-${tag})`)).toBeVisible();
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, `coord-${tag}`, password);
  await expect(coordinator).toHaveURL(/\/municipality$/);
  await expect(coordinator.getByRole("heading", { name: "Наставничество в школах муниципалитета" })).toBeVisible();
});
