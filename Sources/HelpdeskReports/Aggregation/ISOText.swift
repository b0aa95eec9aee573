import Foundation
import HelpdeskCore

/// ISO-8601 text of times held as milliseconds since 1970.
enum ISOText {
    static func milliseconds(_ milliseconds: Int64) -> String {
        ISO8601.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
