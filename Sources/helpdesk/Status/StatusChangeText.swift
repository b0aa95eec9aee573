import Foundation
import HelpdeskCore

/// One line per status change, for `status watch` and `status history`.
enum StatusChangeText {
    static func line(_ change: StatusChange) -> String {
        let at = ISO8601.format(change.at)
        switch change.kind {
        case .component:
            return "\(at)  \(change.name): \(change.oldValue ?? "new") → \(change.newValue ?? "removed")"
        case .incident:
            let note = change.body.map { " (\($0))" } ?? ""
            return "\(at)  incident \"\(change.name)\": \(change.oldValue ?? "opened") → \(change.newValue ?? "?")\(note)"
        case .incidentUpdate:
            return "\(at)  update on \"\(change.name)\" [\(change.newValue ?? "")]: \(change.body ?? "")"
        }
    }
}
