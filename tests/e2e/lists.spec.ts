import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/session";

// Works on whatever pupils the demo school holds: the names searched for are read from the page first.

async function search(page: Page, query: string) {
  await page.getByLabel("Поиск по ФИО").fill(query);
  await page.getByRole("button", { name: "Показать" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === query);
}

test("the curator finds a pupil on the roster by a part of the name, in any case, and is told when nobody matches", async ({
  page,
}) => {
  await signIn(page, "curator");
  await page.goto("/curator/roster");
  await page.getByRole("table", { name: "Классы" }).getByRole("link").first().click();
  const first = page.getByRole("table", { name: "Ученики" }).getByRole("link").first();
  const [lastName, firstName] = (await first.innerText()).split(" ");

  await page.goto("/curator/roster");
  await search(page, `${firstName.toLowerCase()} ${lastName.slice(0, 4).toUpperCase()}`);
  await expect(page.getByLabel("Поиск по ФИО")).toHaveValue(`${firstName.toLowerCase()} ${lastName.slice(0, 4).toUpperCase()}`);
  await expect(
    page
      .getByRole("table", { name: "Ученики" })
      .getByRole("link", { name: new RegExp(`^${lastName} ${firstName}`) })
      .first(),
  ).toBeVisible();

  await search(page, "Несуществующая Фамилия");
  await expect(page.getByText("Никого не найдено по запросу «Несуществующая Фамилия».")).toBeVisible();
  await page.getByRole("link", { name: "Сбросить поиск" }).click();
  await expect(page.getByLabel("Поиск по ФИО")).toHaveValue("");
});

test("the curator searches the mentee base and filters those without a pair", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/curator/mentees");
  const table = page.getByRole("table", { name: "База наставляемых" });
  const firstName = await table.getByRole("link").first().innerText();
  const lastName = firstName.split(" ")[0];

  await search(page, lastName.toLowerCase());
  await expect(table.getByRole("link", { name: firstName })).toBeVisible();
  for (const link of await table.getByRole("link").all()) await expect(link).toContainText(new RegExp(lastName, "i"));

  await search(page, "Несуществующая Фамилия");
  await expect(page.getByText("Никого не найдено по запросу «Несуществующая Фамилия».")).toBeVisible();
  await page.getByRole("link", { name: "Сбросить поиск" }).click();
  await expect(table).toBeVisible();

  await page.getByLabel("Пара или группа").selectOption({ label: "Без пары" });
  await page.getByRole("button", { name: "Показать" }).click();
  await page.waitForURL((url) => url.searchParams.get("pair") === "without");
  const rows = table.locator("tbody tr");
  const count = await rows.count();
  if (count === 0) {
    await expect(page.getByText("Никого не найдено. Измените фильтры")).toBeVisible();
  } else {
    for (const row of await rows.all()) await expect(row).toContainText("Без пары");
    await expect(table.getByText("В паре или группе")).toHaveCount(0);
  }

  await page.getByLabel("Пара или группа").selectOption({ label: "В паре или группе" });
  await page.getByRole("button", { name: "Показать" }).click();
  await page.waitForURL((url) => url.searchParams.get("pair") === "with");
  await expect(table.getByText("В паре или группе").first()).toBeVisible();
  await expect(table.getByText("Без пары")).toHaveCount(0);
});
