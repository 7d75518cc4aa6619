/** The stylesheet: high contrast (AA), visible focus, readable line length, errors beside fields. */
export const siteCss = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
a{color:#0b4f8a}
a:hover{color:#06335a}
:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
.site-header,.site-footer{background:#f3f4f6;padding:1rem 1.5rem}
.site-header ul,.site-footer ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
.site-name{font-weight:700;font-size:1.2rem;margin:0 0 .5rem}
.site-name a{text-decoration:none;color:#1a1a1a}
.languages{margin-top:.5rem}
.languages [aria-current]{font-weight:700}
main{max-width:48rem;margin:0 auto;padding:1.5rem}
main:focus{outline:none}
h1{font-size:1.8rem;line-height:1.25}
.card{border:1px solid #6b7280;border-radius:.4rem;padding:1rem;margin:0 0 1rem}
.meta{color:#374151}
.badge{display:inline-block;border:1px solid #374151;border-radius:.3rem;padding:0 .4rem;font-size:.9rem}
.field{margin:0 0 1rem}
.field label{display:block;font-weight:600}
.field.checkbox{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-start}
.field.checkbox label{font-weight:400;flex:1}
.field.checkbox .error{flex-basis:100%}
input[type=text],input[type=email],input[type=url],input[type=number],select,textarea{width:100%;max-width:32rem;font:inherit;padding:.5rem;border:2px solid #4b5563;border-radius:.3rem;background:#fff;color:#1a1a1a}
input[type=checkbox]{width:1.25rem;height:1.25rem;margin-top:.15rem}
.has-error input,.has-error select,.has-error textarea{border-color:#b3261e}
.error{color:#b3261e;font-weight:600;margin:.25rem 0}
.hint,.optional{color:#374151;font-weight:400}
.error-summary{border:3px solid #b3261e;padding:1rem;margin:0 0 1.5rem}
.notice{border-left:6px solid #0b4f8a;background:#eef4fa;padding:1rem;margin:0 0 1.5rem}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:2px solid #0b4f8a;border-radius:.3rem;background:#0b4f8a;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f8a}
button:disabled{opacity:.6}
fieldset{border:1px solid #6b7280;border-radius:.4rem;margin:0 0 1rem;padding:1rem}
legend{font-weight:700;padding:0 .3rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
table{border-collapse:collapse}
th,td{border:1px solid #6b7280;padding:.3rem .5rem;text-align:left}
`.trim();

/** Progressive enhancement only: every form works without it. Stops a second submit of the same form. */
export const siteJs = `
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.sent) { event.preventDefault(); return; }
  form.dataset.sent = '1';
  setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
});
`.trim();
