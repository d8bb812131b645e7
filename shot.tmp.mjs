import { chromium } from "@playwright/test";
const [,, url, out, width = "1280", height = "900", full = "1", js = "1"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking","--disable-component-update","--disable-sync","--disable-quic"] });
const page = await browser.newPage({ viewport: { width: +width, height: +height }, javaScriptEnabled: js === "1" });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
