import HelpdeskCore

/// The sections of the FAQ's index. A question is filed under the topic of its first intent.
enum FAQTopic: String, CaseIterable, Sendable {
    case orders
    case sync
    case service
    case support

    init(for intents: [Intent]) {
        self = intents.first.map(FAQTopic.topic(of:)) ?? .support
    }

    private static func topic(of intent: Intent) -> FAQTopic {
        switch intent {
        case .orderStatus, .deliveryTime, .deliveryOptions, .changeAddress, .changeOrder, .cancelOrder, .refund: .orders
        case .ordersNotImported, .channelNotUpdated, .syncSchedule: .sync
        case .serviceStatus, .loginProblem: .service
        case .payment, .humanAgent, .complaint, .outOfScope: .support
        }
    }

    /// The section's anchor on the index page.
    var anchor: String { "topic-\(rawValue)" }
}
