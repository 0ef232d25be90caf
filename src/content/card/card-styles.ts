/** The card's own CSS, inside its closed shadow root: the page's CSS cannot reach it, nor it the page's. */
export const CARD_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.card {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(460px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; border-radius: 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #ffffff;
  border: 1px solid #d1d5db; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.18);
}
header { display: flex; align-items: baseline; gap: 8px; margin-bottom: 4px; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 6px; border-radius: 4px; background: #e5e7eb; color: #111827; }
.fund .kind { background: #ede9fe; color: #5b21b6; }
.company .kind { background: #dbeafe; color: #1e3a8a; }
.accelerator .kind { background: #d1fae5; color: #065f46; }
.person .kind { background: #ffedd5; color: #9a3412; }
.amount .kind { background: #fef3c7; color: #78350f; }
.name { font-size: 15px; }
.line { margin: 4px 0 8px; }
h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: 0.04em; color: #4b5563; }
dl { margin: 0; }
dl div { display: flex; gap: 6px; }
dt { font-weight: 600; white-space: nowrap; }
dd { margin: 0; }
ul { list-style: none; margin: 0; padding: 0; }
.deal { padding: 5px 0; border-top: 1px solid #f3f4f6; }
.deal-head { display: flex; gap: 6px; flex-wrap: wrap; }
.deal-type { font-weight: 600; }
.deal-mine { font-size: 11px; color: #116329; border: 1px solid currentColor; border-radius: 8px; padding: 0 5px; }
.deal-meta { display: flex; gap: 8px; flex-wrap: wrap; color: #4b5563; font-size: 12px; }
.deal-amount { font-weight: 600; color: #92400e; }
a { color: #1d4ed8; }
.muted { color: #6b7280; font-size: 12px; }
footer { margin-top: 8px; }
.focus-ring { position: fixed; pointer-events: none; border: 2px solid #2563eb; border-radius: 3px; box-shadow: 0 0 0 2px rgba(255,255,255,0.8); }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #111827; border-color: #374151; }
  .kind { background: #374151; color: #f9fafb; }
  .fund .kind { background: #4c1d95; color: #ede9fe; }
  .company .kind { background: #1e3a8a; color: #dbeafe; }
  .accelerator .kind { background: #065f46; color: #d1fae5; }
  .person .kind { background: #9a3412; color: #ffedd5; }
  .amount .kind { background: #78350f; color: #fef3c7; }
  h3, .deal-meta, .muted { color: #9ca3af; }
  .deal { border-top-color: #1f2937; }
  .deal-amount { color: #fbbf24; }
  a { color: #93c5fd; }
}
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
