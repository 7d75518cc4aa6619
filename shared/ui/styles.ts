/**
 * The design system's stylesheet, served as a file (the CSP allows no inline style). Habits of the
 * GOV.UK and Suomi.fi design systems: one column that reflows to 320 px without sideways scrolling
 * (WCAG 1.4.10), a yellow focus ring with a dark underline, errors in red beside a thick left border,
 * tags in dark text on light tints (AA), large touch targets. The network's colours come in from
 * /assets/theme.css as --brand and --brand-dark; the defaults below apply until it loads.
 */
export const styles = `
:root{--brand:#1d4f91;--brand-dark:#123563;--text:#0b0c0c;--muted:#4b5358;--border:#6f777b;--light:#f3f2f1;--error:#b3261e;--success:#00703c;--focus:#ffdd00;--focus-text:#0b0c0c}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:100%;line-height:1.5;color:var(--text);background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-size:1.0625rem;overflow-wrap:break-word;display:flex;flex-direction:column;min-height:100vh}
h1,h2,h3,h4,.header__name{overflow-wrap:anywhere;hyphens:auto}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1.25rem}
h2{font-size:1.375rem;line-height:1.25;margin:2rem 0 .75rem}
h3{font-size:1.125rem;line-height:1.3;margin:1.5rem 0 .5rem}
p,ul,ol,dl{margin:0 0 1rem}
ul,ol{padding-left:1.25rem}
img,svg{max-width:100%;height:auto}
a{color:var(--brand);text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}
a:hover{color:var(--brand-dark);text-decoration-thickness:max(3px,.1875rem)}
a:focus-visible{outline:3px solid transparent;color:var(--focus-text);background:var(--focus);box-shadow:0 -2px var(--focus),0 4px var(--focus-text);text-decoration:none}
:focus-visible{outline:3px solid var(--focus);outline-offset:0;box-shadow:0 0 0 6px var(--focus-text)}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.skip{position:absolute;left:-10000px;top:0;z-index:10;padding:.5rem 1rem;background:var(--focus);color:var(--focus-text)}
.skip:focus{left:0}
.container{width:100%;max-width:64rem;margin:0 auto;padding:0 1rem}
@media (min-width:40rem){.container{padding:0 1.5rem}h1{font-size:2.25rem}h2{font-size:1.625rem}h3{font-size:1.25rem}}
.header{background:var(--brand);color:#fff;border-bottom:.5rem solid var(--brand-dark)}
.header a{color:#fff}
.header a:focus-visible{color:var(--focus-text)}
.header__top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding:.75rem 0}
.header__brand{display:flex;align-items:center;gap:.75rem;min-width:0;text-decoration:none;font-weight:700;font-size:1rem;line-height:1.25}
@media (min-width:40rem){.header__brand{font-size:1.125rem}}
.header__brand:hover{text-decoration:underline}
.header__logo{flex:none;width:3rem;height:3rem;background:#fff;border-radius:.25rem;padding:.2rem}
.header__name{min-width:0}
.lang ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.lang [aria-current]{font-weight:700;text-decoration:underline;text-decoration-thickness:3px}
.nav{border-top:1px solid rgba(255,255,255,.4)}
.nav ul{display:flex;flex-wrap:wrap;gap:0 1.5rem;list-style:none;margin:0;padding:.25rem 0}
.nav a{display:inline-block;padding:.5rem 0;font-weight:600;text-decoration:none}
.nav a:hover,.nav a[aria-current]{text-decoration:underline;text-decoration-thickness:3px}
.main{flex:1 0 auto;padding-top:1.5rem;padding-bottom:3rem}
.main:focus{outline:none}
.main > .container > *{max-width:44rem}
.main > .container > .wide{max-width:none}
.lead{font-size:1.25rem}
.meta{color:var(--muted)}
.breadcrumbs{font-size:.95rem;margin:1rem 0 0}
.breadcrumbs ol{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0}
.breadcrumbs li:not(:last-child)::after{content:"›";margin:0 .5rem;color:var(--muted)}
.back-link{display:inline-block;margin:1rem 0 0;font-size:.95rem}
.back-link::before{content:"‹ "}
.footer{background:var(--light);border-top:1px solid #b1b4b6;padding:1.5rem 0 2rem;font-size:.95rem}
.footer__name{font-weight:700;margin:0 0 .5rem}
.footer ul{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;margin:0;padding:0}
.tag{display:inline-block;padding:.1rem .5rem;font-size:.9rem;font-weight:700;line-height:1.4;border-radius:.2rem;background:#cfe0f0;color:#0c2d4a;overflow-wrap:normal}
.tag--green{background:#cce2d8;color:#005a30}
.tag--yellow{background:#fff7bf;color:#594d00}
.tag--red{background:#f4cdc6;color:#6e160a}
.tag--grey{background:#e5e6e7;color:#2e3438}
.tag--blue{background:#cfe0f0;color:#0c2d4a}
.card{border:1px solid #b1b4b6;border-left:.4rem solid var(--brand);padding:1rem;margin:0 0 1rem;background:#fff}
.card h3{margin-top:0}
.card p:last-child{margin-bottom:0}
.cards{list-style:none;padding:0;margin:0 0 1.5rem}
.notice{border:.3rem solid var(--brand);margin:0 0 1.5rem}
.notice__title{margin:0;padding:.25rem .75rem;background:var(--brand);color:#fff;font-weight:700;font-size:1rem}
.notice__body{padding:.75rem}
.notice__body > :last-child{margin-bottom:0}
.notice--success{border-color:var(--success)}
.notice--success .notice__title{background:var(--success)}
.notice--warning{border-color:#594d00}
.notice--warning .notice__title{background:#594d00}
.notice--error{border-color:var(--error)}
.notice--error .notice__title{background:var(--error)}
.notice:focus{outline:3px solid var(--focus);box-shadow:0 0 0 6px var(--focus-text)}
.inset{border-left:.4rem solid #b1b4b6;padding:.5rem 1rem;margin:0 0 1.5rem}
.warning-text{display:flex;gap:.75rem;align-items:flex-start;font-weight:700;margin:0 0 1.5rem}
.warning-text__icon{flex:none;display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;border-radius:50%;background:var(--text);color:#fff;font-size:1.25rem;line-height:1}
.error-summary{border:.3rem solid var(--error);padding:1rem;margin:0 0 2rem}
.error-summary:focus{outline:3px solid var(--focus);box-shadow:0 0 0 6px var(--focus-text)}
.error-summary__title{margin:0 0 .75rem;font-size:1.25rem}
.error-summary__list{margin:0;padding-left:0;list-style:none}
.error-summary__list li{margin:0 0 .35rem}
.error-summary__list a{color:var(--error);font-weight:700}
.error-summary__list a:focus-visible{color:var(--focus-text)}
.button{display:inline-block;font:inherit;font-weight:600;line-height:1.25;padding:.6rem 1.1rem .5rem;margin:0 0 1rem;border:2px solid transparent;border-radius:0;background:var(--brand);color:#fff;box-shadow:0 2px 0 var(--brand-dark);cursor:pointer;text-align:center;text-decoration:none;min-height:2.75rem}
.button:hover{background:var(--brand-dark);color:#fff}
.button:focus-visible{outline:3px solid transparent;border-color:var(--focus);background:var(--focus);color:var(--focus-text);box-shadow:inset 0 0 0 1px var(--focus),0 2px 0 var(--focus-text)}
.button--secondary{background:var(--light);color:var(--text);box-shadow:0 2px 0 #929191}
.button--secondary:hover{background:#dbdad9;color:var(--text)}
.button--warning{background:var(--error);box-shadow:0 2px 0 #55150b}
.button--warning:hover{background:#8a1d15}
.button:disabled{opacity:.6;cursor:default}
.button-group{display:flex;flex-wrap:wrap;align-items:center;gap:0 1.25rem;margin:1.5rem 0 0}
.button-group a{margin:0 0 1rem}
.field{margin:0 0 1.5rem}
.field--error{border-left:.3rem solid var(--error);padding-left:.9rem}
.label{display:block;font-weight:700;margin:0 0 .25rem}
.label .optional,.legend .optional{font-weight:400}
.hint{display:block;color:var(--muted);margin:0 0 .4rem}
.error-message{display:block;color:var(--error);font-weight:700;margin:0 0 .4rem}
.input,.select,.textarea{display:block;width:100%;font:inherit;line-height:1.3;padding:.45rem .5rem;border:2px solid var(--text);border-radius:0;background:#fff;color:var(--text);min-height:2.75rem}
.input{max-width:30rem}
.input--narrow{max-width:12rem}
.select{max-width:min(30rem,100%);width:auto;min-width:12rem}
.textarea{min-height:8rem;resize:vertical}
.input:focus,.select:focus,.textarea:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:inset 0 0 0 2px var(--text)}
.input--error,.select.input--error,.textarea.input--error{border-color:var(--error)}
.input--error:focus{border-color:var(--text)}
.fieldset{min-width:0;margin:0 0 1.5rem;padding:0;border:0}
.fieldset--box{border:1px solid #b1b4b6;padding:1rem}
.legend{display:table;max-width:100%;white-space:normal;font-weight:700;font-size:1.125rem;padding:0;margin:0 0 .5rem}
.legend--large{font-size:1.375rem}
.checkboxes,.radios{margin:0}
.checkbox,.radio{display:flex;align-items:flex-start;gap:.6rem;margin:0 0 .6rem}
.checkbox input,.radio input{flex:none;width:1.5rem;height:1.5rem;margin:.1rem 0 0;accent-color:var(--brand)}
.checkbox label,.radio label{min-width:0}
.checkbox .hint{margin:0}
.char-count{display:block;color:var(--muted);margin:.3rem 0 0}
.char-count--over{color:var(--error);font-weight:700}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.summary-list{margin:0 0 1.5rem}
.summary-list div{display:flex;flex-wrap:wrap;gap:0 1rem;border-bottom:1px solid #b1b4b6;padding:.5rem 0}
.summary-list dt{font-weight:700;flex:0 0 12rem;max-width:100%}
.summary-list dd{margin:0;flex:1 1 14rem;min-width:0}
.table-wrap{max-width:100%;overflow-x:auto;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #b1b4b6;padding:.4rem .5rem .4rem 0;text-align:left;vertical-align:top}
.filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:0 1.5rem;background:var(--light);padding:1rem 1rem 0;margin:0 0 1.5rem}
.filters>*{min-width:0;max-width:100%}
.filters .field{margin:0 0 1rem}
.filters .button{margin:0 0 1rem}
.balance{border:.3rem solid var(--brand);padding:1rem;margin:0 0 1.5rem}
.balance h2{margin-top:0}
.balance--ok{border-color:var(--success)}
.balance--missing{border-color:#594d00}
.balance ul{margin:0 0 .5rem}
.figure{margin:1.5rem 0}
.figure img{display:block}
.figure figcaption{margin:.5rem 0 0;color:var(--muted);font-size:.95rem}
.external-mark{display:inline-block;margin-left:.15em;text-decoration:none}
@media print{@page{size:A4;margin:18mm}
html{font-size:10.5pt}
body{display:block;min-height:0}
.skip,.header,.nav,.lang,.breadcrumbs,.back-link,.footer,form,.button,button,.no-print{display:none!important}
.main{padding:0}
.container{max-width:none;padding:0}
.main > .container > *{max-width:none}
.table-wrap{overflow:visible}
a{color:inherit;text-decoration:none}
tr,th,td{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
h1,h2,h3,caption{break-after:avoid;page-break-after:avoid}}
`.trim();
