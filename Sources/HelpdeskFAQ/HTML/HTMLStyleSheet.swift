/// The site's style sheet, inlined in every page so the site needs no other file. Light and dark
/// colour schemes; one column that reads well from a phone to a desktop.
enum HTMLStyleSheet {
    static let css = """

        :root{--bg:#f5f6fa;--card:#fff;--text:#1c2033;--muted:#5c6378;--line:#e3e6ef;--accent:#3451d1;--accent-soft:#eef1fd;\
        --ok:#1f8a4c;--ok-soft:#e8f6ee;--warn:#b26a00;--warn-soft:#fff4e0;--down:#c62f3b;--down-soft:#fdebed;--info:#3451d1;--info-soft:#eef1fd;\
        --radius:14px;--shadow:0 1px 2px rgba(20,24,40,.06),0 4px 16px rgba(20,24,40,.06)}
        @media (prefers-color-scheme:dark){:root{--bg:#11131b;--card:#1a1d29;--text:#e8eaf2;--muted:#a2a8bb;--line:#2b3042;--accent:#8ea2ff;--accent-soft:#232a47;\
        --ok:#5fd394;--ok-soft:#17301f;--warn:#ffbf5e;--warn-soft:#33280f;--down:#ff7d87;--down-soft:#3a1a1e;--info:#8ea2ff;--info-soft:#232a47;\
        --shadow:0 1px 2px rgba(0,0,0,.3)}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--text);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
        a{color:var(--accent)}
        .wrap{max-width:50rem;margin:0 auto;padding:0 1.1rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .topbar{background:var(--card);border-bottom:1px solid var(--line)}
        .topbar-row{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:3.5rem}
        .brand{display:inline-flex;align-items:center;gap:.55rem;font-weight:700;color:var(--text);text-decoration:none;letter-spacing:-.01em}
        .brand-mark{display:inline-grid;place-items:center;width:1.8rem;height:1.8rem;border-radius:.55rem;background:var(--accent);color:#fff;font-size:1rem}
        .langs{display:flex;gap:.4rem}
        .lang{font-size:.9rem;text-decoration:none;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px}
        .lang:hover{background:var(--accent-soft)}
        .status{border-bottom:1px solid var(--line);padding:.7rem 0;font-size:.95rem}
        .status p{margin:.15rem 0}
        .status-headline{font-weight:650;display:flex;align-items:center;gap:.5rem}
        .status-dot{width:.65rem;height:.65rem;border-radius:50%;background:currentColor;flex:none}
        .status-ok{background:var(--ok-soft)}.status-ok .status-headline{color:var(--ok)}
        .status-warn{background:var(--warn-soft)}.status-warn .status-headline{color:var(--warn)}
        .status-down{background:var(--down-soft)}.status-down .status-headline{color:var(--down)}
        .status-maintenance,.status-unknown{background:var(--info-soft)}.status-maintenance .status-headline,.status-unknown .status-headline{color:var(--info)}
        .status-notices{margin:.3rem 0;padding-left:1.2rem}
        .status-since,.status-meta{color:var(--muted);font-size:.875rem}
        .hero{padding:2.2rem 0 1rem}
        .hero h1{font-size:clamp(1.7rem,5vw,2.3rem);line-height:1.2;margin:0 0 .5rem;letter-spacing:-.02em}
        .hero-text{color:var(--muted);margin:0 0 1.2rem;max-width:38rem}
        .search input{width:100%;font:inherit;font-size:1.05rem;padding:.85rem 1rem .85rem 2.8rem;border:1px solid var(--line);border-radius:var(--radius);\
        background:var(--card) no-repeat 1rem 50%/1.1rem url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%238a90a5' stroke-width='2.2' stroke-linecap='round'%3E%3Ccircle cx='11' cy='11' r='7'/%3E%3Cpath d='m20 20-3.5-3.5'/%3E%3C/svg%3E");\
        color:var(--text);box-shadow:var(--shadow);outline:none;-webkit-appearance:none;appearance:none}
        .search input:focus{border-color:var(--accent);box-shadow:0 0 0 3px var(--accent-soft)}
        .search-count{color:var(--muted);font-size:.875rem;margin:.6rem 0 0}
        .topics{display:flex;flex-wrap:wrap;gap:.45rem;margin:.4rem 0 1.4rem}
        .chip{display:inline-flex;align-items:center;gap:.4rem;font-size:.9rem;text-decoration:none;color:var(--text);background:var(--card);border:1px solid var(--line);border-radius:999px;padding:.3rem .8rem}
        .chip:hover{border-color:var(--accent)}
        .chip-count{color:var(--muted);font-size:.8rem}
        .chip-empty{opacity:.45}
        .topic{margin:0 0 1.8rem;scroll-margin-top:1rem}
        .topic h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .6rem}
        .questions{list-style:none;margin:0;padding:0;background:var(--card);border:1px solid var(--line);border-radius:var(--radius);box-shadow:var(--shadow);overflow:hidden}
        .question{border-top:1px solid var(--line);scroll-margin-top:1rem}
        .question:first-child{border-top:0}
        .question:target{background:var(--accent-soft)}
        .question>a{display:block;padding:.95rem 1.1rem .35rem;text-decoration:none;color:inherit}
        .question>a:hover .question-text{color:var(--accent)}
        .question-text{display:block;font-weight:650;line-height:1.35}
        .question-summary{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;color:var(--muted);font-size:.925rem;margin-top:.25rem}
        .tags{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;margin:0;padding:.2rem 1.1rem .9rem}
        .tags li{font-size:.75rem;color:var(--muted);background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:0 .55rem}
        .empty{background:var(--card);border:1px dashed var(--line);border-radius:var(--radius);padding:1rem 1.1rem;color:var(--muted)}
        .crumbs{font-size:.9rem;margin:1.3rem 0 .8rem;color:var(--muted)}
        .crumbs a{text-decoration:none}
        .answer{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);box-shadow:var(--shadow);padding:1.4rem 1.3rem 1rem}
        .answer h1{font-size:clamp(1.45rem,4.5vw,1.95rem);line-height:1.25;margin:0;letter-spacing:-.015em}
        .answer-title{color:var(--muted);margin:.35rem 0 1rem}
        .short-answer{background:var(--accent-soft);border-left:4px solid var(--accent);border-radius:0 10px 10px 0;padding:.75rem 1rem;margin:0 0 1.2rem}
        .short-answer p{margin:0}
        .short-answer .short-answer-label{font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em;color:var(--accent);margin-bottom:.2rem}
        .prose h2{font-size:1.2rem;margin:1.6rem 0 .5rem;line-height:1.3;scroll-margin-top:1rem}
        .prose h3{font-size:1.05rem;margin:1.3rem 0 .4rem}
        .prose ul,.prose ol{padding-left:1.3rem}
        .prose li{margin:.25rem 0}
        .prose code{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:0 .3rem;font-size:.9em}
        .prose blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:3px solid var(--line);color:var(--muted)}
        .anchor{opacity:0;text-decoration:none;margin-left:.35rem;color:var(--muted);font-weight:400}
        .prose h2:hover .anchor,.prose h3:hover .anchor,.anchor:focus{opacity:1}
        .table-scroll{overflow-x:auto;margin:1rem 0;border:1px solid var(--line);border-radius:10px}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        th,td{text-align:left;padding:.55rem .8rem;border-top:1px solid var(--line);vertical-align:top}
        thead th{border-top:0;background:var(--bg);font-weight:650}
        tbody tr:nth-child(even) td{background:color-mix(in srgb,var(--bg) 45%,transparent)}
        .answer-footer{border-top:1px solid var(--line);margin-top:1.4rem;padding-top:.6rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
        .answer-footer .tags{padding:0}
        .updated{margin:0;color:var(--muted);font-size:.875rem}
        .related{margin:1.4rem 0 0}
        .related h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
        .related ul{list-style:none;margin:0;padding:0;background:var(--card);border:1px solid var(--line);border-radius:var(--radius)}
        .related li{border-top:1px solid var(--line)}
        .related li:first-child{border-top:0}
        .related a{display:block;padding:.7rem 1.1rem;text-decoration:none;font-weight:550}
        .languages{list-style:none;padding:0;display:grid;gap:.9rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
        .language-card{display:block;background:var(--card);border:1px solid var(--line);border-radius:var(--radius);box-shadow:var(--shadow);padding:1.2rem;text-decoration:none;color:var(--text)}
        .language-card:hover{border-color:var(--accent)}
        .language-name{display:block;font-size:1.3rem;font-weight:700}
        .language-site{display:block;color:var(--accent);font-weight:600}
        .site-footer{color:var(--muted);font-size:.85rem;padding:2rem 0 2.5rem}
        [hidden]{display:none!important}
        @media (max-width:30rem){.wrap{padding:0 .85rem}.topics{flex-wrap:nowrap;overflow-x:auto;margin-right:-.85rem;padding-right:.85rem;scrollbar-width:none}.chip{flex:none}.answer{padding:1.1rem .95rem .9rem}.hero{padding-top:1.5rem}}
        @media print{.topbar,.search,.topics,.crumbs,.status{display:none}.answer,.questions{box-shadow:none}}

        """
}
