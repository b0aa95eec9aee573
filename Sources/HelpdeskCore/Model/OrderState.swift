/// Where an order stands in the dashboard.
public enum OrderState: String, CaseIterable, Codable, Sendable {
    case awaitingDispatch = "awaiting_dispatch"
    case dispatched
    case cancelled
    case refunded
}
