import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The e2e server is a production build (next start).
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  return policy;
}

test("pages send a nonce CSP and the other security headers, and still work under them", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const login = await page.goto("/login");
  const first = expectSecurityHeaders(login);
  const again = expectSecurityHeaders(await page.request.get("/login"));
  expect(again).not.toBe(first); // a fresh nonce for every response
  await signIn(page, "curator");
  const dashboard = await page.goto("/curator");
  expectSecurityHeaders(dashboard);
  await expect(page.getByTestId("item-2.1")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a copied session cookie stops working once its owner signs out", async ({ page, browser }) => {
  await signIn(page, "director");
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/director");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("signing out on one device leaves the other signed in", async ({ page, browser }) => {
  await signIn(page, "psychologist");
  const other = await browser.newContext();
  const laptop = await other.newPage();
  await signIn(laptop, "psychologist");
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);
  await laptop.reload();
  await expect(laptop).not.toHaveURL(/\/login/);
  await other.close();
});

test("an evidence file over 10 MB gets a Russian message next to the field, and the server refuses the request with 413", async ({
  page,
  school,
}) => {
  // The small file on the way is uploaded for real: in a school of the test's own.
  await school.signIn(page, "curator");
  await page.getByTestId("item-2.1").getByRole("link").click();
  await waitForForm(page, "Загрузить");
  const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(12 * 1024 * 1024, 0x20)]);
  await page.getByLabel("Добавить файл").setInputFiles({ name: "Большой скан.pdf", mimeType: "application/pdf", buffer: big });
  await page.getByRole("button", { name: "Загрузить" }).click();
  await expect(page.locator("#evidence-file-error")).toHaveText("Файл больше 10 МБ: выберите файл поменьше.");

  // The same upload sent past the form, as a script would: a clean 413 in Russian, not a 500.
  await page
    .getByLabel("Добавить файл")
    .setInputFiles({ name: "Маленький.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%тест\n") });
  const [action] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
    page.getByRole("button", { name: "Загрузить" }).click(),
  ]);
  const itemId = await page.locator('input[name="itemId"]').first().inputValue();
  const answer = await page.request.post(page.url(), {
    headers: { "next-action": action.headers()["next-action"], accept: "text/x-component" },
    multipart: { itemId, file: { name: "Большой скан.pdf", mimeType: "application/pdf", buffer: big } },
  });
  expect(answer.status()).toBe(413);
  expect(await answer.text()).toContain("Файл слишком большой");
});
