import Foundation

/// The status feeds Helpdesk reads, all mapped onto ``ServiceStatus`` (Statuspage's model).
public enum StatusFeedFormat: String, CaseIterable, Codable, Sendable {
    /// Atlassian Statuspage v2 `summary.json`.
    case statuspage
    /// Cachet API v1: `/api/v1/components`, with `/api/v1/incidents` beside it.
    case cachet
    /// Uptime Kuma: `/api/status-page/SLUG`, with `/api/status-page/heartbeat/SLUG` beside it.
    case uptimeKuma = "uptime-kuma"

    /// The name people know it by.
    public var title: String {
        switch self {
        case .statuspage: "Statuspage v2 summary"
        case .cachet: "Cachet API v1"
        case .uptimeKuma: "Uptime Kuma status page"
        }
    }

    /// Guesses the format from the document's top-level keys; `nil` when it is none of them.
    public static func detect(_ data: Data) -> StatusFeedFormat? {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        if object["publicGroupList"] != nil || (object["config"] != nil && object["maintenanceList"] != nil) {
            return .uptimeKuma
        }
        if let list = object["data"] as? [[String: Any]], list.allSatisfy({ $0["status"] is NSNumber || $0["status"] is String }) {
            return .cachet
        }
        if object["components"] is [Any] || object["incidents"] is [Any] || object["scheduled_maintenances"] is [Any] {
            return .statuspage
        }
        return nil
    }

    /// What to say when a document is of no known format.
    static func hint(for data: Data) -> String {
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        if object?["heartbeatList"] != nil {
            return "this is an Uptime Kuma heartbeat document; point at the status page, /api/status-page/SLUG"
        }
        if object == nil {
            let start = String(decoding: data.prefix(40), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return data.isEmpty ? "the document is empty" : "not JSON (it starts \"\(start)\"); give the API address, or --format"
        }
        return "expected a Statuspage v2 summary.json (components, incidents), Cachet API v1 components (data) or an Uptime Kuma status page (publicGroupList); keys found: \(object?.keys.sorted().joined(separator: ", ") ?? "")"
    }
}
