// Lives in the shadow root, so the host page's CSS cannot reach in and ours cannot leak out.
// Layout rule (WCAG 1.4.4, 1.4.10, 1.4.12): the log takes the space and scrolls; everything else
// keeps its natural size, and when the panel is shorter than its content (320 x 256, 400 % zoom,
// wide text spacing) the panel itself scrolls with the header and the input held in view.
export const widgetCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { position: fixed; bottom: 16px; z-index: 2147483000; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
.root.bottom-right { right: 16px; }
.root.bottom-left { left: 16px; }
button, textarea { font: inherit; }
/* Two tones, so the ring keeps at least 3:1 against any background (white, grey or the brand colour). */
button:focus-visible, textarea:focus-visible, .log:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 0; box-shadow: 0 0 0 6px #ffffff; }
.log:focus-visible { outline-offset: -3px; box-shadow: inset 0 0 0 6px #ffffff; }
.launcher { background: var(--accent); color: var(--on-accent); border: 2px solid transparent; border-radius: 999px; padding: 12px 20px; font-weight: 600; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); min-height: 48px; }
.panel { position: absolute; bottom: 64px; width: min(380px, calc(100vw - 32px)); height: min(600px, calc(100vh - 96px)); display: flex; flex-direction: column; background: #fff; border: 1px solid #6b6b6b; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.25); overflow-x: hidden; overflow-y: auto; overscroll-behavior: contain; }
.bottom-right .panel { right: 0; }
.bottom-left .panel { left: 0; }
.panel[hidden] { display: none; }
header { position: sticky; top: 0; z-index: 1; flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 6px 8px 6px 14px; background: var(--accent); color: var(--on-accent); }
h2 { flex: 1 1 8em; margin: 0; font-size: 1.05rem; }
.exit { background: #fff; color: #a3001b; border: 2px solid #a3001b; border-radius: 6px; padding: 6px 10px; font-weight: 700; cursor: pointer; min-height: 44px; }
.close { background: transparent; color: var(--on-accent); border: 2px solid currentColor; border-radius: 6px; min-width: 44px; min-height: 44px; cursor: pointer; font-size: 1.3rem; line-height: 1; }
.intro { flex: none; margin: 0; padding: 4px 14px; font-size: .85rem; background: #f3f3f3; border-bottom: 1px solid #d0d0d0; }
.intro p { margin: 0; }
.intro.collapsed .disclosure { display: none; }
.intro.expanded .disclosure { display: block; }
.notice { font-weight: 600; }
.more { background: none; border: 0; padding: 0 2px; color: #0b3d75; text-decoration: underline; cursor: pointer; min-height: 24px; }
.more-text[hidden] { display: none; }
.log { flex: 1 1 auto; min-height: 4.5rem; overflow-y: auto; padding: 12px; }
.messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.message { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.message .author { display: block; font-size: .8rem; font-weight: 700; }
.message .body { display: block; unicode-bidi: plaintext; }
.message.resident { align-self: flex-end; background: var(--accent); color: var(--on-accent); }
.message.assistant { align-self: flex-start; background: #eceff3; }
.message.system { align-self: center; max-width: 100%; background: #fff8e1; border: 1px solid #8a4b00; font-size: .9rem; }
.message.worker { align-self: flex-start; background: #e6f4ea; border: 1px solid #2e7d32; }
.message.crisis { background: #fff4f4; border: 2px solid #a3001b; color: #1a1a1a; }
.message.crisis a { color: #a3001b; font-weight: 700; text-decoration: underline; }
.message.crisis a.call-link { padding: 0 2px; }
.typing { flex: none; margin: 0 12px 6px; font-style: italic; color: #444; }
.typing[hidden], .quick-replies:empty { display: none; }
/* Bounded: many choices wrap and scroll here instead of squeezing the log. */
.quick-replies { flex: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 4px 12px 8px; max-height: 35%; overflow-y: auto; }
.quick-replies button { background: #fff; color: #0b3d75; border: 2px solid #0b3d75; border-radius: 999px; padding: 6px 12px; cursor: pointer; min-height: 44px; }
.status { flex: none; margin: 0 12px; font-size: .9rem; color: #a3001b; }
.status:empty { display: none; }
form { position: sticky; bottom: 0; z-index: 1; flex: none; display: flex; gap: 8px; padding: 8px 12px 12px; border-top: 1px solid #d0d0d0; background: #fff; }
textarea { flex: 1 1 auto; min-width: 0; resize: none; border: 2px solid #6b6b6b; border-radius: 8px; padding: 8px; min-height: 48px; color: #1a1a1a; }
.send { flex: none; background: var(--accent); color: var(--on-accent); border: 2px solid transparent; border-radius: 8px; padding: 0 14px; font-weight: 600; cursor: pointer; min-height: 48px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 480px) {
  .root.open { inset: 0; }
  .root.open .panel { position: fixed; inset: 0; width: 100%; height: 100%; border-radius: 0; border: 0; }
  .root.open .launcher { display: none; }
}
@media (max-height: 420px) {
  h2 { font-size: .95rem; }
  .quick-replies { max-height: 5.5rem; }
  textarea { min-height: 44px; padding: 6px 8px; }
  .send { min-height: 44px; }
  form { padding: 6px 12px; }
}
@media (forced-colors: active) {
  .launcher, .send, .exit, .close, .quick-replies button { border: 2px solid ButtonText; }
  button:focus-visible, textarea:focus-visible, .log:focus-visible { outline-color: Highlight; }
}
`;
