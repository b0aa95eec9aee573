import Foundation

/// One attempt to learn the service status, successful or not.
public struct StatusFetch: Codable, Sendable, Equatable {
    /// Row id.
    public var id: Int64
    /// When the attempt was made.
    public var fetchedAt: Date
    /// A URL, a file, or `manual`.
    public var source: String
    /// Whether it succeeded.
    public var ok: Bool
    /// Why it failed, when it did.
    public var error: String?

    /// A fetch record.
    public init(id: Int64, fetchedAt: Date, source: String, ok: Bool, error: String? = nil) {
        self.id = id
        self.fetchedAt = fetchedAt
        self.source = source
        self.ok = ok
        self.error = error
    }
}
