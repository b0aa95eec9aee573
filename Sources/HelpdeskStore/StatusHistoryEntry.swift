import Foundation
import HelpdeskCore

/// One stored change to the service status.
public struct StatusHistoryEntry: Sendable, Equatable {
    /// Row id.
    public var id: Int64
    /// What changed, and when it happened.
    public var change: StatusChange
    /// When Helpdesk learnt it (the fetch or the manual change).
    public var recordedAt: Date
    /// A URL, a file, or `manual`.
    public var source: String

    /// A history entry.
    public init(id: Int64, change: StatusChange, recordedAt: Date, source: String) {
        self.id = id
        self.change = change
        self.recordedAt = recordedAt
        self.source = source
    }
}
