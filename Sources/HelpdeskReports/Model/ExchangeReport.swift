/// The report on the exchange log: what customers asked, when, and how well the desk answered,
/// and how incidents changed it. `helpdesk report --format json` prints it; every key is always
/// present (`null` when empty).
public struct ExchangeReport: Codable, Sendable, Equatable {
    /// The format's name and version (the version changes only when a key is removed or changes meaning).
    public static let formatName = "helpdesk-report"
    public static let formatVersion = 1

    public var format: String
    public var version: Int
    /// When it was made (the clock's now), ISO-8601 UTC.
    public var generatedAt: String
    /// The desk's time zone, in which hours and days are counted.
    public var timeZone: String
    /// The period asked for (`nil`: open), ISO-8601 UTC.
    public var since: String?
    public var until: String?
    /// The first and last exchange found in it; `nil` when there was none.
    public var firstAt: String?
    public var lastAt: String?
    /// The `low_confidence` fact the counts used.
    public var lowConfidenceThreshold: Double
    /// Every exchange in the period (`key` is `all`).
    public var totals: VolumeRow
    /// The breakdowns asked for, by dimension (`intent`, `day`…): values by volume, times in order.
    public var breakdowns: [String: [VolumeRow]]
    /// Days of the period with no incident, whose hours give the usual volumes.
    public var normalDays: Int
    /// Incidents and maintenance that overlap the period, earliest first.
    public var incidents: [IncidentReport]
    /// The most frequent unanswered questions, grouped by similar wording.
    public var unanswered: [UnansweredQuestion]

    public init(
        generatedAt: String, timeZone: String, since: String?, until: String?, firstAt: String?, lastAt: String?,
        lowConfidenceThreshold: Double, totals: VolumeRow, breakdowns: [String: [VolumeRow]], normalDays: Int,
        incidents: [IncidentReport], unanswered: [UnansweredQuestion]
    ) {
        format = Self.formatName
        version = Self.formatVersion
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.since = since
        self.until = until
        self.firstAt = firstAt
        self.lastAt = lastAt
        self.lowConfidenceThreshold = lowConfidenceThreshold
        self.totals = totals
        self.breakdowns = breakdowns
        self.normalDays = normalDays
        self.incidents = incidents
        self.unanswered = unanswered
    }

    /// The rows of one breakdown, empty when it was not asked for.
    public func rows(_ dimension: ReportDimension) -> [VolumeRow] { breakdowns[dimension.rawValue] ?? [] }

    enum CodingKeys: String, CodingKey {
        case format, version
        case generatedAt = "generated_at"
        case timeZone = "time_zone"
        case since, until
        case firstAt = "first_at"
        case lastAt = "last_at"
        case lowConfidenceThreshold = "low_confidence_threshold"
        case totals, breakdowns
        case normalDays = "normal_days"
        case incidents, unanswered
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(version, forKey: .version)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(since, forKey: .since)
        try container.encode(until, forKey: .until)
        try container.encode(firstAt, forKey: .firstAt)
        try container.encode(lastAt, forKey: .lastAt)
        try container.encode(lowConfidenceThreshold, forKey: .lowConfidenceThreshold)
        try container.encode(totals, forKey: .totals)
        try container.encode(breakdowns, forKey: .breakdowns)
        try container.encode(normalDays, forKey: .normalDays)
        try container.encode(incidents, forKey: .incidents)
        try container.encode(unanswered, forKey: .unanswered)
    }
}
