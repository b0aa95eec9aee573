/// The report page's style sheet: the status page's colours, light and dark, and a layout that
/// fits a phone (wide tables scroll on their own).
enum ReportHTMLStyle {
    static let css = """

        :root{color-scheme:light dark;--bg:#f6f8fa;--card:#fff;--text:#1f2328;--muted:#59636e;--line:#d1d9e0;
        --bar:#0969da;--during:#cf222e;--usual:#1f2328}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--card:#161b22;--text:#e6edf3;--muted:#9198a1;--line:#30363d;
        --bar:#4493f8;--during:#f85149;--usual:#e6edf3}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:56rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:.5rem 0 .5rem}
        h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
        h3{font-size:1rem;margin:0 0 .25rem}
        .meta,.none,.legend,.note,.also{color:var(--muted);font-size:.9rem}
        .meta{margin:.25rem 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.75rem;margin:0}
        .card{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:.75rem 1rem}
        .card dt{font-size:.9rem;color:var(--muted)}
        .card dd{margin:0;font-size:1.4rem;font-weight:600}
        .card dd.note{font-size:.85rem;font-weight:400}
        .chart{display:block;width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:.75rem;margin:.5rem 0}
        .chart .bar{fill:var(--bar)}
        .chart .bar.during{fill:var(--during)}
        .chart .usual{stroke:var(--usual);stroke-width:2}
        .chart .grid{stroke:var(--line);stroke-width:1}
        .chart .axis{stroke:var(--muted);stroke-width:1}
        .chart text{fill:var(--muted);font-size:11px}
        .chart.bars text.label,.chart.bars text.value{fill:var(--text);font-size:13px}
        .legend .key{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .6rem;vertical-align:-.1rem;background:var(--bar)}
        .legend .key.during{background:var(--during)}
        .legend .key.usual{height:.15rem;vertical-align:.2rem;background:var(--usual)}
        .incident{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--during);border-radius:.75rem;padding:.75rem 1rem;margin:.75rem 0}
        .incident .chart{border:0;margin:.5rem 0 0}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;background:var(--card);font-size:.9rem}
        th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
        td.n,th:not(:first-child){text-align:right}
        .volumes .order-status{font-weight:600}
        .questions{padding-left:1.5rem}
        .questions li{margin:.35rem 0;overflow-wrap:anywhere}
        .count{font-weight:600}
        @media (max-width:30rem){main{padding:.75rem}.card dd{font-size:1.2rem}}

        """
}
