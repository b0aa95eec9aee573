import Foundation
import HelpdeskCore

/// `helpdesk report --html`: the report as one self-contained HTML document (inline CSS and SVG
/// charts, no script, no network) that reads well on a phone: the totals, exchanges per day (and
/// per hour over short periods), volumes by intent, each incident against the usual volume of
/// its hours, the top unanswered questions, and volumes by channel, via and rule.
public struct ReportHTML {
    /// The longest hour-by-hour chart (two weeks); longer periods get days only.
    static let longestHourChart = 14 * 24

    public let report: ExchangeReport
    let zone: TimeZone

    public init(_ report: ExchangeReport) {
        self.report = report
        zone = TimeZone(identifier: report.timeZone) ?? .gmt
    }

    /// The breakdowns the page shows (ask the report for these).
    public static let dimensions = ReportDimension.allCases

    public var html: String {
        var body = header() + totals()
        body += dayChart()
        body += hourChart()
        body += intents()
        body += incidents()
        body += unanswered()
        for dimension in [ReportDimension.channel, .via, .rule] { body += table(dimension) }
        return HTMLDocument.page(
            language: "en", generator: "helpdesk report", title: "Exchange log report", css: ReportHTMLStyle.css,
            body: body)
    }

    private func escape(_ text: String) -> String { HTMLText.escape(text) }

    private func time(_ iso: String) -> String {
        "<time datetime=\"\(escape(iso))\">\(escape(ReportNumbers.deskTime(iso, zone: zone)))</time>"
    }

    private func header() -> String {
        let since = report.since.map(time) ?? "the start of the log"
        let until = report.until.map(time) ?? "now"
        var html = "<header>\n<h1>Exchange log report</h1>\n"
        html +=
            "<p class=\"meta\">\(since) to \(until), desk time (\(escape(report.timeZone))); made \(time(report.generatedAt)).</p>\n"
        if let first = report.firstAt, let last = report.lastAt {
            html += "<p class=\"meta\">Exchanges from \(time(first)) to \(time(last)).</p>\n"
        }
        return html + "</header>\n"
    }

    private func totals() -> String {
        let totals = report.totals
        func card(_ id: String, _ label: String, _ value: String, _ note: String) -> String {
            "<div class=\"card\" id=\"\(id)\"><dt>\(escape(label))</dt><dd>\(escape(value))</dd><dd class=\"note\">\(escape(note))</dd></div>\n"
        }
        var html = "<section id=\"totals\">\n<h2>Totals</h2>\n<dl class=\"cards\">\n"
        html += card("exchanges", "Exchanges", ReportNumbers.count(totals.exchanges), "messages answered")
        html += card(
            "handoffs", "Handed off", ReportNumbers.percent(totals.handoffRate),
            "\(ReportNumbers.count(totals.handoffs)) to a person")
        html += card(
            "out-of-scope", "Out of scope", ReportNumbers.percent(totals.outOfScopeRate),
            "\(ReportNumbers.count(totals.outOfScope)) messages")
        html += card(
            "low-confidence", "Low confidence", ReportNumbers.percent(totals.lowConfidenceRate),
            "\(ReportNumbers.count(totals.lowConfidence)) below \(ReportCSV.number(report.lowConfidenceThreshold))")
        html += card(
            "unanswered", "Unanswered", ReportNumbers.percent(totals.unansweredRate),
            "\(ReportNumbers.count(totals.unanswered)) messages")
        return html + "</dl>\n</section>\n"
    }

    /// Days (or hours) that an incident touched, for highlighting.
    private func incidentDays() -> Set<String> {
        var days: Set<String> = []
        for incident in report.incidents {
            for hour in incident.timeline where hour.during { days.insert(String(hour.start.prefix(10))) }
        }
        return days
    }

    private func dayChart() -> String {
        let rows = report.rows(.day)
        guard !rows.isEmpty else { return "" }
        let marked = incidentDays()
        let bars = rows.map {
            SVGBarChart.Bar(
                label: String($0.key.dropFirst(5)), value: Double($0.exchanges), highlighted: marked.contains($0.key),
                title: "\($0.key): \(ReportNumbers.count($0.exchanges)) exchanges, \(ReportNumbers.count($0.handoffs)) handed off"
            )
        }
        let chart = SVGBarChart(bars: bars, caption: "Exchanges per day")
        return
            "<section id=\"per-day\">\n<h2>Exchanges per day</h2>\n\(chart.svg)\n<p class=\"legend\"><span class=\"key during\"></span> days with an incident</p>\n</section>\n"
    }

    private func hourChart() -> String {
        let rows = report.rows(.hour)
        guard !rows.isEmpty, rows.count <= Self.longestHourChart else { return "" }
        let bars = rows.map {
            SVGBarChart.Bar(
                label: String($0.key.suffix(5)) == "00:00" ? String($0.key.dropFirst(5).prefix(5)) : String($0.key.suffix(5)),
                value: Double($0.exchanges), title: "\($0.key): \(ReportNumbers.count($0.exchanges)) exchanges")
        }
        let chart = SVGBarChart(bars: bars, caption: "Exchanges per hour")
        return "<section id=\"per-hour\">\n<h2>Exchanges per hour</h2>\n\(chart.svg)\n</section>\n"
    }

    private func intents() -> String {
        let rows = report.rows(.intent)
        guard !rows.isEmpty else { return "" }
        let bars = rows.map {
            SVGHorizontalBars.Bar(label: $0.key, value: $0.exchanges, note: "(\(ReportNumbers.percent($0.share)))")
        }
        let chart = SVGHorizontalBars(bars: bars, caption: "Exchanges by intent")
        return "<section id=\"by-intent\">\n<h2>What customers ask</h2>\n\(chart.svg)\n" + rowsTable(.intent, rows)
            + "</section>\n"
    }

    private func incidents() -> String {
        var html = "<section id=\"incidents\">\n<h2>Incidents</h2>\n"
        guard !report.incidents.isEmpty else { return html + "<p class=\"none\">No incident in this period.</p>\n</section>\n" }
        html +=
            report.normalDays == 0
            ? "<p class=\"meta\">No day of the period went without an incident: there are no usual volumes to compare with.</p>\n"
            : "<p class=\"meta\">Each against the same hours on \(report.normalDays) normal day\(report.normalDays == 1 ? "" : "s") (days with no incident).</p>\n"
        for incident in report.incidents {
            html += "<article class=\"incident\" id=\"incident-\(escape(incident.id))\">\n<h3>\(escape(incident.name))</h3>\n"
            let components = incident.components.isEmpty ? "" : " · " + escape(incident.components.joined(separator: ", "))
            html +=
                "<p class=\"meta\">\(time(incident.from)) to \(time(incident.to))\(incident.resolvedAt == nil ? " (still open)" : "") · \(escape(incident.maintenance ? "maintenance" : incident.impact))\(components)</p>\n"
            html +=
                "<table class=\"volumes\">\n<thead><tr><th>Messages</th><th>During</th><th>Usually</th><th>Times</th></tr></thead>\n<tbody>\n"
            html += volumeRow("All messages", incident.exchanges, incident.usual, incident.multiplier, className: "all")
            let orderStatus = incident.orderStatus
            html += volumeRow(
                "Where is my order?", orderStatus.exchanges, orderStatus.usual, orderStatus.multiplier, className: "order-status")
            let others = incident.intents.filter { $0.intent != orderStatus.intent && $0.exchanges > 0 }
            for intent in others.prefix(ReportText.incidentIntents) {
                html += volumeRow(intent.intent, intent.exchanges, intent.usual, intent.multiplier, className: "intent")
            }
            html += "</tbody>\n</table>\n"
            let bars = incident.timeline.map {
                SVGBarChart.Bar(
                    label: String($0.start.suffix(5)), value: Double($0.exchanges), usual: $0.usual, highlighted: $0.during,
                    title: "\($0.start): \($0.exchanges) exchanges, usually \(ReportNumbers.usual($0.usual))")
            }
            if !bars.isEmpty {
                html +=
                    SVGBarChart(bars: bars, caption: "Exchanges per hour around \(incident.name), against the usual").svg + "\n"
                html +=
                    "<p class=\"legend\"><span class=\"key during\"></span> during the incident <span class=\"key usual\"></span> usual for the hour</p>\n"
            }
            html += "</article>\n"
        }
        return html + "</section>\n"
    }

    private func volumeRow(_ label: String, _ during: Int, _ usual: Double?, _ multiplier: Double?, className: String) -> String {
        "<tr class=\"\(className)\"><td>\(escape(label))</td><td class=\"n\">\(ReportNumbers.count(during))</td><td class=\"n\">\(ReportNumbers.usual(usual))</td><td class=\"n\">\(escape(ReportNumbers.multiplier(multiplier)))</td></tr>\n"
    }

    private func unanswered() -> String {
        var html = "<section id=\"unanswered\">\n<h2>Top unanswered questions</h2>\n"
        guard !report.unanswered.isEmpty else { return html + "<p class=\"none\">None.</p>\n</section>\n" }
        html += "<ol class=\"questions\">\n"
        for question in report.unanswered {
            html += "<li><span class=\"count\">\(ReportNumbers.count(question.count))×</span> <q>\(escape(question.text))</q>"
            if !question.examples.isEmpty {
                html +=
                    "<br><span class=\"also\">also: " + question.examples.map { "<q>\(escape($0))</q>" }.joined(separator: ", ")
                    + "</span>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func table(_ dimension: ReportDimension) -> String {
        let rows = report.rows(dimension)
        guard !rows.isEmpty else { return "" }
        return "<section id=\"by-\(dimension.rawValue)\">\n<h2>By \(dimension.rawValue)</h2>\n" + rowsTable(dimension, rows)
            + "</section>\n"
    }

    private func rowsTable(_ dimension: ReportDimension, _ rows: [VolumeRow]) -> String {
        var html =
            "<div class=\"scroll\"><table>\n<thead><tr><th>\(escape(dimension.rawValue))</th><th>Exchanges</th><th>Share</th><th>Handed off</th><th>Out of scope</th><th>Low confidence</th><th>Unanswered</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html +=
                "<tr><td>\(escape(row.key))</td><td class=\"n\">\(ReportNumbers.count(row.exchanges))</td><td class=\"n\">\(escape(ReportNumbers.percent(row.share)))</td>"
            html +=
                "<td class=\"n\">\(escape(ReportNumbers.percent(row.handoffRate)))</td><td class=\"n\">\(ReportNumbers.count(row.outOfScope))</td>"
            html +=
                "<td class=\"n\">\(ReportNumbers.count(row.lowConfidence))</td><td class=\"n\">\(ReportNumbers.count(row.unanswered))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
