/// What a message asks for. The raw values are part of Helpdesk's interface (logs, JSON, rules).
public enum Intent: String, CaseIterable, Codable, Sendable, Comparable {
    case orderStatus = "order_status"
    case ordersNotImported = "orders_not_imported"
    case channelNotUpdated = "channel_not_updated"
    case syncSchedule = "sync_schedule"
    case deliveryTime = "delivery_time"
    case deliveryOptions = "delivery_options"
    case changeAddress = "change_address"
    case changeOrder = "change_order"
    case cancelOrder = "cancel_order"
    case refund
    case serviceStatus = "service_status"
    case loginProblem = "login_problem"
    case payment
    case humanAgent = "human_agent"
    case complaint
    case outOfScope = "out_of_scope"

    public static func < (lhs: Intent, rhs: Intent) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hashes the case's position among `allCases` rather than its name (what raw-value enums
    /// otherwise hash): cheaper, and sets and dictionaries keyed by it are on every answer's path.
    public func hash(into hasher: inout Hasher) { hasher.combine(Self.allCases.firstIndex(of: self) ?? 0) }
}
