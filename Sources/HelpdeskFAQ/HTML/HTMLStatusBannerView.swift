import Foundation
import HelpdeskCore

/// The status banner's HTML.
struct HTMLStatusBannerView {
    let banner: FAQStatusBanner
    let words: FAQStrings.StatusWords
    let timeZone: TimeZone

    func html() -> String {
        let headline: String
        switch banner.overall {
        case nil: headline = words.unknown
        case .operational? where !banner.notices.isEmpty:
            headline = banner.notices.allSatisfy(\.isMaintenance) ? words.states[.underMaintenance] ?? "" : words.investigating
        case let overall?: headline = words.states[overall] ?? overall.rawValue
        }
        var details: [String] = []
        if !banner.affected.isEmpty {
            details.append("<p class=\"status-affected\">\(HTMLText.escape(words.affected)): \(HTMLText.escape(banner.affected.joined(separator: ", ")))</p>")
        }
        if !banner.notices.isEmpty {
            let items = banner.notices.map { notice in
                let update = notice.latestUpdate.flatMap { $0 == notice.name ? nil : " <span class=\"status-update\">\(HTMLText.escape($0))</span>" } ?? ""
                return "<li><strong>\(HTMLText.escape(notice.name))</strong> <span class=\"status-since\">(\(HTMLText.escape(words.since)) \(time(notice.since)))</span>\(update)</li>"
            }.joined()
            details.append("<ul class=\"status-notices\">\(items)</ul>")
        }
        var meta: [String] = []
        if let asOf = banner.asOf { meta.append("\(HTMLText.escape(words.asOf)) \(time(asOf))") }
        if banner.isStale { meta.append(HTMLText.escape(words.stale)) }
        let metaHTML = meta.isEmpty ? "" : "<p class=\"status-meta\">\(meta.joined(separator: " · "))</p>"
        return """
            <aside class="status status-\(banner.level)" role="status" aria-label="\(HTMLText.escape(words.title))"><div class="wrap">\
            <p class="status-headline"><span class="status-dot" aria-hidden="true"></span>\(HTMLText.escape(headline))</p>\
            \(details.joined())\(metaHTML)</div></aside>
            """
    }

    /// `2025-03-04 10:00 Europe/London`, in the desk's time zone.
    private func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return "<time datetime=\"\(ISO8601.format(date))\">\(formatter.string(from: date)) \(HTMLText.escape(timeZone.identifier))</time>"
    }
}
