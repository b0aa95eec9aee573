/// Volumes during an incident against the same hours of the desk's clock on normal days (days
/// with no incident): how much the incident multiplied each kind of question.
public struct IncidentReport: Codable, Sendable, Equatable {
    /// One intent's volume during the incident against its usual volume in the same hours.
    public struct IntentVolume: Codable, Sendable, Equatable {
        public var intent: String
        public var exchanges: Int
        /// The average over normal days of the same hours; `nil` when there is no normal day.
        public var usual: Double?
        /// `exchanges / usual`; `nil` when `usual` is `nil` or 0.
        public var multiplier: Double?

        public init(intent: String, exchanges: Int, usual: Double?, multiplier: Double?) {
            self.intent = intent
            self.exchanges = exchanges
            self.usual = usual
            self.multiplier = multiplier
        }

        enum CodingKeys: String, CodingKey { case intent, exchanges, usual, multiplier }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(intent, forKey: .intent)
            try container.encode(exchanges, forKey: .exchanges)
            try container.encode(usual, forKey: .usual)
            try container.encode(multiplier, forKey: .multiplier)
        }
    }

    /// One hour of the desk's clock around the incident, for its chart.
    public struct Hour: Codable, Sendable, Equatable {
        /// `2025-03-04 10:00`, desk time.
        public var start: String
        /// Whether the incident was going on during (part of) the hour.
        public var during: Bool
        public var exchanges: Int
        /// The average of this hour of the day over normal days; `nil` when there is none.
        public var usual: Double?
        /// The same for order-status questions ("where is my order?").
        public var orderStatus: Int
        public var usualOrderStatus: Double?

        public init(start: String, during: Bool, exchanges: Int, usual: Double?, orderStatus: Int, usualOrderStatus: Double?) {
            self.start = start
            self.during = during
            self.exchanges = exchanges
            self.usual = usual
            self.orderStatus = orderStatus
            self.usualOrderStatus = usualOrderStatus
        }

        enum CodingKeys: String, CodingKey {
            case start, during, exchanges, usual
            case orderStatus = "order_status"
            case usualOrderStatus = "usual_order_status"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(during, forKey: .during)
            try container.encode(exchanges, forKey: .exchanges)
            try container.encode(usual, forKey: .usual)
            try container.encode(orderStatus, forKey: .orderStatus)
            try container.encode(usualOrderStatus, forKey: .usualOrderStatus)
        }
    }

    public var id: String
    public var name: String
    public var components: [String]
    public var impact: String
    public var maintenance: Bool
    /// When it started and was resolved (ISO-8601, UTC; `resolvedAt` is `nil` while open).
    public var startedAt: String
    public var resolvedAt: String?
    /// The part of the incident inside the report's period, which the figures cover.
    public var from: String
    public var to: String
    /// Its length inside the period, in hours.
    public var hours: Double
    /// All messages during it, against the usual volume of the same hours.
    public var exchanges: Int
    public var usual: Double?
    public var multiplier: Double?
    /// "Where is my order?" (`order_status`) during it, against its usual volume.
    public var orderStatus: IntentVolume
    /// Every intent asked during it or usually asked in its hours, most asked during it first.
    public var intents: [IntentVolume]
    /// The hours around it, each with its volume and the usual one.
    public var timeline: [Hour]

    public init(
        id: String, name: String, components: [String], impact: String, maintenance: Bool, startedAt: String,
        resolvedAt: String?, from: String, to: String, hours: Double, exchanges: Int, usual: Double?,
        multiplier: Double?, orderStatus: IntentVolume, intents: [IntentVolume], timeline: [Hour]
    ) {
        self.id = id
        self.name = name
        self.components = components
        self.impact = impact
        self.maintenance = maintenance
        self.startedAt = startedAt
        self.resolvedAt = resolvedAt
        self.from = from
        self.to = to
        self.hours = hours
        self.exchanges = exchanges
        self.usual = usual
        self.multiplier = multiplier
        self.orderStatus = orderStatus
        self.intents = intents
        self.timeline = timeline
    }

    enum CodingKeys: String, CodingKey {
        case id, name, components, impact, maintenance
        case startedAt = "started_at"
        case resolvedAt = "resolved_at"
        case from, to, hours, exchanges, usual, multiplier
        case orderStatus = "order_status"
        case intents, timeline
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(components, forKey: .components)
        try container.encode(impact, forKey: .impact)
        try container.encode(maintenance, forKey: .maintenance)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(resolvedAt, forKey: .resolvedAt)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(hours, forKey: .hours)
        try container.encode(exchanges, forKey: .exchanges)
        try container.encode(usual, forKey: .usual)
        try container.encode(multiplier, forKey: .multiplier)
        try container.encode(orderStatus, forKey: .orderStatus)
        try container.encode(intents, forKey: .intents)
        try container.encode(timeline, forKey: .timeline)
    }
}
