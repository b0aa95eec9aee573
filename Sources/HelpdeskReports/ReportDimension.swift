/// What a report's volumes can be broken down by.
public enum ReportDimension: String, CaseIterable, Codable, Sendable {
    /// Each hour of the desk's clock, from the first to the last in the period.
    case hour
    /// Each day of the desk's clock.
    case day
    case intent, channel, via, rule

    /// Whether the rows are moments in time (listed in order, empty ones included) rather than
    /// values (listed by volume).
    public var isTime: Bool { self == .hour || self == .day }

    /// The breakdowns a report shows when none is asked for.
    public static let defaults: [ReportDimension] = [.intent, .day]
}
