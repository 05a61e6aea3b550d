// Lives in the shadow root, so the host page's CSS cannot reach in and ours cannot leak out.
var widgetCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { position: fixed; bottom: 16px; z-index: 2147483000; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
.root.bottom-right { right: 16px; }
.root.bottom-left { left: 16px; }
button, textarea { font: inherit; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.launcher { background: var(--accent); color: var(--on-accent); border: 0; border-radius: 999px; padding: 12px 20px; font-weight: 600; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); min-height: 48px; }
.panel { position: absolute; bottom: 64px; width: min(380px, calc(100vw - 32px)); height: min(600px, calc(100vh - 96px)); display: flex; flex-direction: column; background: #fff; border: 1px solid #6b6b6b; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.25); overflow: hidden; }
.bottom-right .panel { right: 0; }
.bottom-left .panel { left: 0; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 14px; background: var(--accent); color: var(--on-accent); }
h2 { flex: 1; margin: 0; font-size: 1.05rem; }
.exit { background: #fff; color: #a3001b; border: 2px solid #a3001b; border-radius: 6px; padding: 6px 10px; font-weight: 700; cursor: pointer; min-height: 40px; }
.close { background: transparent; color: var(--on-accent); border: 2px solid currentColor; border-radius: 6px; width: 40px; height: 40px; cursor: pointer; font-size: 1.3rem; line-height: 1; }
.intro { margin: 0; padding: 8px 14px; font-size: .9rem; background: #f3f3f3; border-bottom: 1px solid #d0d0d0; }
.intro p { margin: 0 0 4px; }
.notice { font-weight: 600; }
.log { flex: 1; overflow-y: auto; padding: 12px; }
.messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.message { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.message .author { display: block; font-size: .8rem; font-weight: 700; }
.message .body { display: block; unicode-bidi: plaintext; }
.message.resident { align-self: flex-end; background: var(--accent); color: var(--on-accent); }
.message.assistant, .message.system { align-self: flex-start; background: #eceff3; }
.message.worker { align-self: flex-start; background: #e6f4ea; border: 1px solid #2e7d32; }
.message.crisis { background: #fff4f4; border: 2px solid #a3001b; color: #1a1a1a; }
.message.crisis a { color: #a3001b; font-weight: 700; text-decoration: underline; }
.message.crisis a.call-link { padding: 0 2px; }
.typing { margin: 0 12px 6px; font-style: italic; color: #444; }
.typing[hidden], .quick-replies:empty { display: none; }
.quick-replies { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px 8px; }
.quick-replies button { background: #fff; color: #0b3d75; border: 2px solid #0b3d75; border-radius: 999px; padding: 6px 12px; cursor: pointer; min-height: 40px; }
.status { margin: 0 12px; font-size: .9rem; color: #a3001b; }
.status:empty { display: none; }
form { display: flex; gap: 8px; padding: 8px 12px 12px; border-top: 1px solid #d0d0d0; }
textarea { flex: 1; resize: none; border: 2px solid #6b6b6b; border-radius: 8px; padding: 8px; min-height: 48px; color: #1a1a1a; }
.send { background: var(--accent); color: var(--on-accent); border: 0; border-radius: 8px; padding: 0 14px; font-weight: 600; cursor: pointer; min-height: 48px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 480px) {
  .root.open { inset: 0; }
  .root.open .panel { position: fixed; inset: 0; width: 100%; height: 100%; border-radius: 0; border: 0; }
  .root.open .launcher { display: none; }
}
`;
