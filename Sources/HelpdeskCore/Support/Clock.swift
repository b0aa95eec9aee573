import Foundation

/// Where "now" comes from. Read once per message at the edge and passed down as a value.
public struct Clock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    /// The current time.
    public func now() -> Date { read() }

    /// The system clock.
    public static let system = Clock { Date() }

    /// A clock stopped at `date` (for `--now` and tests).
    public static func fixed(_ date: Date) -> Clock { Clock { date } }
}
