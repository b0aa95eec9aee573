import Foundation

/// Where a `[title](guide:other-id)` link between guides points in an export.
enum GuideLinkStyle: Sendable {
    /// Kept as written (`guide:other-id`), for the Markdown export that goes back into the knowledge base.
    case source
    /// A page of the static site beside this one: `other-id.html`.
    case page
    /// The other answer's anchor in the same document: `#other-id`, for single-document exports
    /// (JSON, JSON-LD, Zendesk, Intercom) whose consumers key answers by guide id.
    case anchor

    func href(for id: String) -> String {
        switch self {
        case .source: "guide:\(id)"
        case .page: "\(id).html"
        case .anchor: "#\(id)"
        }
    }
}

/// Finds and rewrites the `(guide:ID)` targets of Markdown links.
enum GuideLinks {
    private static let marker = "](guide:"

    /// The guide ids linked from `markdown`, in order of first appearance.
    static func targets(in markdown: String) -> [String] {
        var ids: [String] = []
        forEachLink(in: markdown) { id in
            if !ids.contains(id) { ids.append(id) }
            return nil
        }
        return ids
    }

    /// `markdown` with every `](guide:ID)` pointing where `style` says.
    static func rewrite(_ markdown: String, style: GuideLinkStyle) -> String {
        forEachLink(in: markdown) { style.href(for: $0) }
    }

    /// Calls `replacement` with each linked id; a non-`nil` answer replaces `guide:ID` in the result.
    @discardableResult
    private static func forEachLink(in markdown: String, _ replacement: (String) -> String?) -> String {
        var output = ""
        var rest = markdown[...]
        while let start = rest.range(of: marker), let end = rest[start.upperBound...].firstIndex(of: ")") {
            let id = String(rest[start.upperBound..<end])
            output += rest[..<start.lowerBound]
            output += "](" + (replacement(id) ?? "guide:\(id)") + ")"
            rest = rest[rest.index(after: end)...]
        }
        return output + rest
    }
}
