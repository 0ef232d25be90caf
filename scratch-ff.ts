import { firefoxLauncher } from './test/e2e/harness/firefox';
const b: any = await firefoxLauncher.launch();
const p = await b.extensionPage('popup.html?full#collection');
await new Promise((r) => setTimeout(r, 4000));
console.log(await p.evaluate(() => ({ href: location.href, html: document.body.innerHTML.slice(0, 600), view: document.querySelector('[data-view]')?.outerHTML.slice(0, 300) })));
console.log(p.consoleErrors(), b.extensionErrors?.());
await b.close();
