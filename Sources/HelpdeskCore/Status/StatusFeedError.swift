import Foundation

/// Why a status feed could not be read. Each case names the location and what was wrong; the
/// caller keeps the last known status and records the message.
public enum StatusFeedError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A file could not be read.
    case unreadable(location: String, reason: String)
    /// The server answered with a status other than 2xx.
    case httpStatus(location: String, code: Int)
    /// No complete answer within the timeout.
    case timedOut(location: String, seconds: TimeInterval)
    /// The connection failed (refused, reset, no such host…).
    case connection(location: String, reason: String)
    /// The document is larger than ``StatusSourceLoader/maximumBytes``.
    case tooLarge(location: String, bytes: Int)
    /// The document is not of a known feed format.
    case unrecognised(location: String, hint: String)
    /// The document is of a known format but malformed; `message` names the field.
    case malformed(location: String, format: StatusFeedFormat, message: String)

    public var description: String {
        switch self {
        case .unreadable(let location, let reason): "cannot read \(location): \(reason)"
        case .httpStatus(let location, let code):
            "\(location) answered HTTP \(code)" + (Self.reasons[code].map { " (\($0))" } ?? "")
        case .timedOut(let location, let seconds):
            "no answer from \(location) within \(Self.short(seconds)) (timed out)"
        case .connection(let location, let reason): "cannot fetch \(location): \(reason)"
        case .tooLarge(let location, let bytes): "\(location) sent more than \(bytes) bytes; not a status document"
        case .unrecognised(let location, let hint): "\(location) is not a status feed Helpdesk reads: \(hint)"
        case .malformed(let location, let format, let message): "\(location): bad \(format.title) document: \(message)"
        }
    }

    /// Reasons of the HTTP statuses a status feed is likely to answer with.
    static let reasons: [Int: String] = [
        400: "bad request", 401: "unauthorised", 403: "forbidden", 404: "not found", 429: "too many requests",
        500: "internal server error", 502: "bad gateway", 503: "service unavailable", 504: "gateway timeout",
    ]

    /// `1.5s`, `10s`, `2m`.
    public static func short(_ seconds: TimeInterval) -> String {
        seconds < 60 ? String(format: "%gs", seconds) : DurationText.compact(seconds)
    }
}
