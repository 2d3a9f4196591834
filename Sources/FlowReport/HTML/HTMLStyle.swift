/// The report's only style sheet, inlined in `<head>`: no fonts, images or other files are loaded.
enum HTMLStyle {
    static let css = """
        :root{--fg:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--accent:#0072B2;--band:#eef4fa}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        .page{max-width:1120px;margin:0 auto;padding:28px 24px 48px}
        a{color:var(--accent)}
        h1{font-size:1.9rem;line-height:1.2;margin:.1rem 0 .4rem;overflow-wrap:anywhere}
        h2{font-size:1.35rem;line-height:1.3;margin:0 0 .8rem}
        h3{font-size:1rem;margin:1.4rem 0 .5rem}
        .eyebrow{margin:0;color:var(--muted);font-size:.8rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
        .meta{margin:0 0 .3rem;color:var(--muted)}
        .meta b{color:var(--fg);font-weight:600}
        .sources{margin:.4rem 0 0;padding-left:1.1rem;color:var(--muted);font-size:.9rem}
        .sources li{overflow-wrap:anywhere}
        .banner{margin:1.2rem 0 0;padding:.7rem 1rem;border-left:4px solid #E69F00;background:#fff8e8;border-radius:0 6px 6px 0}
        .banner p{margin:0;font-weight:600}
        .banner ul{margin:.3rem 0 0;padding-left:1.1rem}
        nav.toc{margin:1.4rem 0 0;padding:.6rem 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line)}
        nav.toc ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.88rem}
        nav.toc a{text-decoration:none}
        nav.toc a:hover{text-decoration:underline}
        section{margin-top:2.6rem}
        section>h2{padding-bottom:.3rem;border-bottom:2px solid var(--fg)}
        .lead{margin:0 0 1rem;color:var(--muted)}
        .absent{color:var(--muted);font-style:italic;margin:.2rem 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px}
        .card{border:1px solid var(--line);border-radius:8px;padding:12px 14px 10px;background:#fff;min-width:0}
        .card h3{margin:0;font-size:.85rem;font-weight:600;color:var(--muted)}
        .card .value{margin:.1rem 0 .4rem;font-size:2rem;font-weight:650;line-height:1.15;font-variant-numeric:tabular-nums}
        .card .unit{margin-left:.3rem;font-size:.9rem;font-weight:400;color:var(--muted)}
        .card dl{margin:0;font-size:.82rem;color:var(--muted)}
        .card dl>div{display:flex;justify-content:space-between;align-items:baseline;gap:0 .6rem}
        .card.wide dl>div{flex-wrap:wrap}
        .card.wide dd{flex:1 1 12rem}
        .card dd{margin:0 0 0 auto;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;color:var(--fg)}
        .card dd.pieces{white-space:normal}
        .card dd.pieces>span{white-space:nowrap}
        .card .delta{font-weight:600;white-space:nowrap}
        .card.wide{grid-column:span 2}
        .shares{display:flex;height:12px;border-radius:3px;overflow:hidden;margin:.55rem 0 .45rem;background:var(--soft)}
        .shares span{display:block;height:100%;background:var(--swatch)}
        .verdicts{margin:0;padding-left:1.2rem}
        .verdicts li{margin:.2rem 0}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:28px 32px}
        figure.chart{margin:0;min-width:0}
        figure.chart.wide{grid-column:1/-1}
        figure.chart.wide>svg,figure.chart.wide>.legend{max-width:520px}
        figcaption{font-weight:600}
        .figure-note{margin:.1rem 0 0;color:var(--muted);font-size:.85rem}
        figure.chart svg{display:block;width:100%;height:auto;margin-top:.3rem;overflow:visible}
        .legend{list-style:none;margin:.3rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.15rem 1rem;font-size:.85rem;color:var(--muted)}
        .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.35rem;border-radius:2px;background:var(--swatch);vertical-align:-.08rem}
        .swatch.line{height:3px;border-radius:0;vertical-align:.2rem}
        .swatch.dashed{height:0;border-top:3px dashed var(--swatch);background:none;border-radius:0;vertical-align:.2rem}
        .swatch.dot{border-radius:50%}
        details{margin-top:.5rem;font-size:.9rem}
        summary{cursor:pointer;color:var(--accent);width:max-content}
        details .table-wrap{margin-top:.4rem}
        .table-wrap{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{padding:6px 10px;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
        thead th{background:var(--soft);font-weight:600;vertical-align:bottom;border-bottom:1px solid #c4ccd4}
        td{white-space:nowrap}
        td.pieces{white-space:normal}
        tr.group th{padding-top:14px;font-weight:650;border-bottom:1px solid #c4ccd4}
        table.wide th,table.wide td{padding-left:7px;padding-right:7px}
        td.pieces>span,td.mix .part{white-space:nowrap}
        td.mix{white-space:normal;min-width:11rem;font-variant-numeric:tabular-nums}
        td.mix .shares{height:8px;margin:.45rem 0 .3rem;border-radius:2px}
        td.mix .part{margin-right:.35rem}
        td.mix .swatch{width:.65rem;height:.65rem;margin-right:.25rem}
        td.prose{white-space:normal;min-width:14rem;max-width:32rem;overflow-wrap:anywhere}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        tbody tr:hover{background:#fafbfc}
        .badge{display:inline-block;padding:0 .5rem;border-radius:999px;font-size:.78rem;font-weight:600;border:1px solid currentColor}
        .badge.p95{color:#B34700}
        .badge.p85{color:#8A5A00}
        .badge.p50{color:#005A8C}
        .badge.unmapped{color:#B34700}
        .badge.mapped{color:var(--muted)}
        #forecast table{table-layout:fixed;min-width:34rem}
        #forecast th:first-child{width:40%}
        .callout{margin:.8rem 0 0;padding:.6rem .9rem;background:var(--soft);border-radius:6px}
        .more{margin:.4rem 0 0;color:var(--muted);font-size:.88rem}
        .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px}
        footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
        svg text{font-family:inherit;font-size:12px;fill:#59636e}
        svg text.unit{font-weight:600}
        svg text.value{fill:#1f2328;font-weight:600;font-size:11px}
        svg text.row-label{fill:#1f2328}
        svg text.on-fill{fill:#fff;font-weight:700;font-size:11px}
        svg text.reference-label{font-size:11px;font-weight:600;fill:#1f2328;paint-order:stroke;stroke:#fff;stroke-width:3px}
        svg .grid{stroke:#e8ebee;stroke-width:1}
        svg .axis{stroke:#8c959f;stroke-width:1}
        svg .window{fill:var(--band)}
        svg .line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}
        svg .reference{stroke-width:1.5;stroke-dasharray:5 4}
        svg .band{stroke:#fff;stroke-width:.5}
        svg .hover{fill:transparent}
        svg .hover:hover{fill:rgba(0,0,0,.06)}
        svg .dot{fill:#0072B2;fill-opacity:.8;stroke:#fff;stroke-width:1}
        svg .dot.earlier{fill:#8c959f;fill-opacity:.55}
        @media (max-width:640px){
        body{font-size:14px}
        .page{padding:18px 14px 36px}
        h1{font-size:1.5rem}
        .card .value{font-size:1.6rem}
        .card.wide{grid-column:auto}
        .cards,.facts{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}
        svg text{font-size:15px}
        svg text.value,svg text.on-fill,svg text.reference-label{font-size:14px}
        }
        @media print{
        body{font-size:10pt}
        .page{max-width:none;padding:0}
        nav.toc{display:none}
        a{color:inherit;text-decoration:none}
        section{break-inside:auto}
        h2,h3,figcaption{break-after:avoid}
        figure.chart,.card,tr{break-inside:avoid}
        details>summary{display:none}
        details.long{display:none}
        .charts{grid-template-columns:repeat(2,minmax(0,1fr));gap:16px 20px}
        details::details-content{content-visibility:visible;display:block}
        .table-wrap{overflow:visible}
        table{font-size:8.5pt}
        th,td{padding:3px 6px}
        thead th{white-space:normal;vertical-align:bottom}
        table.wide{font-size:7pt}
        table.wide td{white-space:normal}
        tbody tr:hover{background:none}
        }
        """
}
