import Foundation

/// Writes Helpdesk's status page: one self-contained HTML document (inline CSS, no scripts, no
/// network) with the overall state, open incidents and their updates, the components grouped as
/// dashboard, channels and carriers, scheduled maintenance, and the incidents of the last
/// `status_page_history`, in the words of `templates/<language>.yaml` (`page.*`).
public struct StatusPageHTML: Sendable {
    let knowledgeBase: KnowledgeBase
    let renderer: Renderer

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        self.renderer = Renderer(
            texts: knowledgeBase.texts, facts: knowledgeBase.facts, catalog: knowledgeBase.catalog,
            settings: knowledgeBase.settings)
    }

    /// How far back past incidents are listed (`status_page_history`, else 90 days).
    public var historyWindow: TimeInterval { knowledgeBase.facts["status_page_history"]?.value.seconds ?? 90 * 86_400 }

    /// The page for `status` (with when it was fetched) and the incidents Helpdesk remembers.
    public func render(status: ServiceStatus, past: [PastIncident], now: Date, language: Language) -> String {
        guard let text = knowledgeBase.texts[language] ?? knowledgeBase.texts[.en] else { return "" }
        let page = Page(owner: self, text: text, now: now)
        var body = page.header(status)
        body += page.openIncidents(status)
        body += page.components(status)
        body += page.maintenance(status)
        body += page.pastIncidents(past, window: historyWindow)
        return HTMLDocument.page(
            language: language.rawValue, generator: "helpdesk status page", title: text.word("page.title"), css: Self.css,
            body: body)
    }

    /// Text safe inside HTML elements and attribute values.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// The parts of one page, in one language at one time.
    struct Page {
        let owner: StatusPageHTML
        let text: LocaleText
        let now: Date

        func word(_ key: String, _ values: [String: String] = [:]) -> String {
            values.reduce(text.word(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }

        func time(_ date: Date) -> String {
            "<time datetime=\"\(FeedDate.format(date))\">\(escape(owner.renderer.clock(date, now: now, text)))</time>"
        }

        func escape(_ text: String) -> String { StatusPageHTML.escape(text) }

        func header(_ status: ServiceStatus) -> String {
            let overall = status.overall
            var html = "<header>\n<h1>\(escape(word("page.title")))</h1>\n"
            html += "<p class=\"banner s-\(overall.rawValue)\" role=\"status\"><span class=\"dot\" aria-hidden=\"true\"></span>"
            html += "\(escape(word("page.overall.\(overall.rawValue)")))</p>\n"
            if let fetched = status.fetchedAt {
                html += "<p class=\"updated\">" + word("page.last_updated", ["time": time(fetched)]) + "</p>\n"
                let age = now.timeIntervalSince(fetched)
                if let limit = owner.knowledgeBase.facts["status_stale_after"]?.value.seconds, age > limit {
                    html += "<p class=\"stale\">\(escape(word("page.stale", ["duration": text.duration(age)])))</p>\n"
                }
            } else {
                html += "<p class=\"stale\">\(escape(word("page.never")))</p>\n"
            }
            return html + "</header>\n"
        }

        func openIncidents(_ status: ServiceStatus) -> String {
            let open = status.openIncidents(at: now).filter { !$0.isMaintenance }
            let names = Dictionary(status.components.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var html = "<section id=\"incidents\">\n<h2>\(escape(word("page.open_incidents")))</h2>\n"
            if open.isEmpty { html += "<p class=\"none\">\(escape(word("page.no_open")))</p>\n" }
            for incident in open {
                html += article(incident, components: incident.componentIDs.map { names[$0] ?? $0 }, open: true)
            }
            return html + "</section>\n"
        }

        func components(_ status: ServiceStatus) -> String {
            var html = ""
            let map = owner.knowledgeBase.components
            let grouped = Dictionary(grouping: status.components) { ComponentGroup.of($0, in: map) }
            for group in ComponentGroup.allCases {
                let members = grouped[group] ?? []
                guard !members.isEmpty else { continue }
                html += "<section class=\"group\" id=\"\(group.rawValue)\">\n<h2>\(escape(word("page.group.\(group.rawValue)")))</h2>\n<ul class=\"components\">\n"
                for component in members.sorted(by: { ($0.position, $0.name) < ($1.position, $1.name) }) {
                    html += "<li><span class=\"name\">\(escape(component.name))</span>"
                    html += "<span class=\"state s-\(component.status.rawValue)\"><span class=\"dot\" aria-hidden=\"true\"></span>"
                    html += "\(escape(word("page.state.\(component.status.rawValue)")))</span></li>\n"
                }
                html += "</ul>\n</section>\n"
            }
            return html
        }

        func maintenance(_ status: ServiceStatus) -> String {
            let items = status.incidents.filter { incident in
                incident.isMaintenance && !incident.status.isClosed
                    && (incident.isOpen(at: now) || (incident.scheduledFor ?? incident.startedAt) > now)
            }.sorted { ($0.scheduledFor ?? $0.startedAt) < ($1.scheduledFor ?? $1.startedAt) }
            let names = Dictionary(status.components.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var html = "<section id=\"maintenance\">\n<h2>\(escape(word("page.maintenance")))</h2>\n"
            if items.isEmpty { html += "<p class=\"none\">\(escape(word("page.no_maintenance")))</p>\n" }
            for incident in items {
                html += article(incident, components: incident.componentIDs.map { names[$0] ?? $0 }, open: incident.isOpen(at: now))
            }
            return html + "</section>\n"
        }

        func pastIncidents(_ past: [PastIncident], window: TimeInterval) -> String {
            let since = now.addingTimeInterval(-window)
            let closed = past.filter { item in
                let incident = item.incident
                let over = incident.status.isClosed || (incident.resolvedAt.map { $0 <= now } ?? false)
                return over && max(incident.startedAt, incident.resolvedAt ?? incident.startedAt) >= since
            }.sorted { $0.incident.startedAt > $1.incident.startedAt }
            var html = "<section id=\"history\">\n<h2>\(escape(word("page.past_incidents", ["duration": text.duration(window)])))</h2>\n"
            if closed.isEmpty { html += "<p class=\"none\">\(escape(word("page.no_past")))</p>\n" }
            for item in closed {
                html += "<details class=\"past\">\n<summary><span class=\"name\">\(escape(item.incident.name))</span> "
                html += "<span class=\"meta\">\(time(item.incident.startedAt))"
                if let resolved = item.incident.resolvedAt { html += " · " + word("page.resolved", ["time": time(resolved)]) }
                html += "</span></summary>\n"
                html += details(item.incident, components: item.componentNames)
                html += "</details>\n"
            }
            return html + "</section>\n"
        }

        private func article(_ incident: Incident, components: [String], open: Bool) -> String {
            let impact = incident.isMaintenance ? "maintenance" : incident.impact.rawValue
            var html = "<article class=\"incident i-\(impact)\">\n<h3>\(escape(incident.name))</h3>\n"
            html += details(incident, components: components)
            return html + "</article>\n"
        }

        private func details(_ incident: Incident, components: [String]) -> String {
            var meta = [escape(word("page.incident.\(incident.status.rawValue)"))]
            if incident.isMaintenance, let from = incident.scheduledFor {
                let until = incident.scheduledUntil.map(time) ?? escape(text.word("unknown"))
                meta.append(word("page.window", ["from": time(from), "until": until]))
            } else {
                meta.append(word("page.since", ["time": time(incident.startedAt)]))
            }
            if !components.isEmpty {
                meta.append(word("page.affected", ["names": escape(components.joined(separator: ", "))]))
            }
            var html = "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n"
            let updates = incident.updates.sorted { $0.createdAt > $1.createdAt }
            if !updates.isEmpty {
                html += "<ol class=\"updates\">\n"
                for update in updates {
                    html += "<li><p class=\"when\"><strong>\(escape(word("page.incident.\(update.status.rawValue)")))</strong> · \(time(update.createdAt))</p>"
                    html += "<p>\(escape(update.body))</p></li>\n"
                }
                html += "</ol>\n"
            }
            return html
        }
    }

    static let css = """

        :root{color-scheme:light dark;--bg:#f6f8fa;--card:#fff;--text:#1f2328;--muted:#59636e;--line:#d1d9e0;
        --ok:#1a7f37;--mnt:#0969da;--slow:#9a6700;--part:#bc4c00;--down:#cf222e}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--card:#161b22;--text:#e6edf3;--muted:#9198a1;--line:#30363d;
        --ok:#3fb950;--mnt:#4493f8;--slow:#d29922;--part:#f0883e;--down:#f85149}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:.5rem 0 1rem}
        h2{font-size:1.1rem;margin:1.75rem 0 .5rem}
        h3{font-size:1rem;margin:0 0 .25rem}
        .banner{display:flex;align-items:center;gap:.6rem;margin:0;padding:1rem;border-radius:.75rem;color:#fff;font-weight:600;font-size:1.1rem}
        .banner .dot{background:#fff}
        .banner.s-operational{background:var(--ok)}.banner.s-under_maintenance{background:var(--mnt)}
        .banner.s-degraded_performance{background:var(--slow)}.banner.s-partial_outage{background:var(--part)}
        .banner.s-major_outage{background:var(--down)}
        .updated,.meta,.when,.none{color:var(--muted);font-size:.9rem}
        .updated{margin:.5rem 0 0}
        .stale{margin:.5rem 0 0;padding:.5rem .75rem;border-left:4px solid var(--slow);background:var(--card);border-radius:.25rem}
        .components{list-style:none;margin:0;padding:0;background:var(--card);border:1px solid var(--line);border-radius:.75rem}
        .components li{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1rem;border-top:1px solid var(--line)}
        .components li:first-child{border-top:0}
        .name{font-weight:500;overflow-wrap:anywhere}
        .state{display:inline-flex;align-items:center;gap:.4rem;white-space:nowrap;font-size:.9rem}
        .dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;flex:none;background:currentColor}
        .state.s-operational{color:var(--ok)}.state.s-under_maintenance{color:var(--mnt)}
        .state.s-degraded_performance{color:var(--slow)}.state.s-partial_outage{color:var(--part)}.state.s-major_outage{color:var(--down)}
        .incident,.past{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--slow);border-radius:.75rem;padding:.75rem 1rem;margin:.5rem 0}
        .i-major{border-left-color:var(--part)}.i-critical{border-left-color:var(--down)}.i-maintenance{border-left-color:var(--mnt)}
        .i-none{border-left-color:var(--muted)}
        .past{border-left-color:var(--line)}
        .past summary{cursor:pointer;display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
        .meta{margin:0 0 .25rem}
        .updates{list-style:none;margin:.5rem 0 0;padding:0}
        .updates li{border-top:1px solid var(--line);padding:.5rem 0}
        .updates p{margin:0}
        @media (max-width:30rem){main{padding:.75rem}.components li{padding:.65rem .75rem}}

        """
}
