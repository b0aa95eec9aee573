import Foundation

/// One attempt to learn the service status, successful or not.
public struct StatusFetch: Codable, Sendable, Equatable {
    public var id: Int64
    public var fetchedAt: Date
    /// A URL, a file, or `manual`.
    public var source: String
    public var ok: Bool
    /// Why it failed, when it did.
    public var error: String?

    public init(id: Int64, fetchedAt: Date, source: String, ok: Bool, error: String? = nil) {
        self.id = id
        self.fetchedAt = fetchedAt
        self.source = source
        self.ok = ok
        self.error = error
    }
}
