/**
 * The card's styles live in its shadow root, so the page's CSS cannot reach them, and the
 * host resets everything it could inherit. Sizes are in px: the page's rem is not ours.
 */
export const CARD_STYLES = `
:host { all: initial; }
.card-theme {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5f5f6b; --line: #e4e2ee; --accent: #5b3fd6; --accent-fg: #ffffff;
  --chip: #f1eefc; --warn-bg: #fff4e5; --warn-fg: #8a4b00; --bar: #ebe8f7;
}
.card-theme[data-theme='dark'] {
  --bg: #1d1b26; --fg: #f2f1f7; --muted: #a9a6b8; --line: #35324a; --accent: #9d8cff; --accent-fg: #15131d;
  --chip: #2c2840; --warn-bg: #3a2a12; --warn-fg: #ffc777; --bar: #2f2c40;
}
.card {
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: min(560px, var(--ml-max-height, calc(100vh - 16px)));
  overflow: auto; padding: 14px 16px 12px; border-radius: 12px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); box-shadow: 0 12px 32px rgba(20, 14, 60, 0.22), 0 2px 6px rgba(0,0,0,0.08);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left; letter-spacing: normal;
}
*, *::before, *::after { box-sizing: inherit; }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: flex-start; }
.title { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; word-break: break-word; }
.muted { color: var(--muted); margin: 2px 0; }
.small { font-size: 11.5px; }
.icon { border: 0; background: transparent; color: var(--muted); font-size: 20px; line-height: 1; padding: 2px 6px; cursor: pointer; border-radius: 6px; }
.warning { background: var(--warn-bg); color: var(--warn-fg); padding: 6px 8px; border-radius: 8px; margin: 8px 0 0; }
.rank { display: flex; align-items: baseline; gap: 8px; margin-top: 10px; }
.score { font-size: 22px; font-weight: 700; color: var(--accent); }
.subscores { list-style: none; padding: 0; margin: 6px 0 8px; display: grid; gap: 3px; }
.subscore { display: grid; grid-template-columns: 74px 1fr 26px; align-items: center; gap: 8px; }
.label { color: var(--muted); font-size: 12px; }
.bar { display: block; height: 6px; border-radius: 3px; background: var(--bar); overflow: hidden; }
.fill { display: block; height: 100%; background: var(--accent); }
.value { text-align: right; font-variant-numeric: tabular-nums; font-size: 12px; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 14px; margin: 8px 0; }
.fact { display: flex; flex-direction: column; min-width: 0; }
.fact dt { color: var(--muted); font-size: 11.5px; }
.fact dd { margin: 0; font-weight: 550; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.disagree { color: var(--warn-fg); }
.disagree-words { display: block; font-size: 11.5px; font-weight: 400; }
.chips { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px; }
.chips li { background: var(--chip); border-radius: 999px; padding: 2px 8px; font-size: 12px; }
.notice { margin: 6px 0 0; color: var(--accent); }
.actions { display: flex; align-items: center; gap: 6px; margin-top: 10px; padding-top: 10px; border-top: 1px solid var(--line); flex-wrap: wrap; }
/* The actions stay in view at the card's foot while the details scroll above them. */
.card .actions { position: sticky; bottom: -12px; margin: 10px -16px -12px; padding: 10px 16px 12px; background: var(--bg); }
.card[data-more] .actions { box-shadow: 0 -10px 12px -10px rgba(20, 14, 60, 0.35); }
.card[data-more] .actions::before { content: 'More details above the buttons: scroll ↓'; flex-basis: 100%; color: var(--muted); font-size: 11.5px; }
/* No side had room for the whole card: tighter, so more of it shows. */
.card[data-compact] { padding: 10px 12px 8px; }
.card[data-compact] .actions { bottom: -8px; margin: 6px -12px -8px; padding: 6px 12px 8px; }
.card[data-compact] .rank { margin-top: 4px; }
.card[data-compact] .facts { margin: 4px 0; }
button { font: inherit; cursor: pointer; }
.actions button { border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); border-radius: 8px; padding: 4px 10px; font-weight: 600; }
.actions button + button { background: transparent; color: var(--accent); }
.actions button:disabled { opacity: 0.6; cursor: default; }
.links { margin-left: auto; display: flex; gap: 8px; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
button:focus-visible, a:focus-visible, .card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.nav { display: flex; gap: 6px; }
.neighbours h3 { margin: 8px 0 2px; font-weight: 600; }
.picks { list-style: none; padding: 0; margin: 0 0 4px; display: grid; gap: 2px; }
`;
