import Foundation
import HelpdeskCore
import HelpdeskStore

/// A generated exchange log: a realistic mix of intents, channels, vias, confidences and
/// hand-offs over `days` days, busier in office hours and on weekdays, with two incidents whose
/// hours bring extra "where is my order?" and import questions. The same log on every run.
struct BenchLog {
    let now: Date
    let days: Int
    let total: Int
    private var state: UInt64 = 0x5EED_1234

    init(now: Date, days: Int, total: Int) {
        self.now = now
        self.days = days
        self.total = total
    }

    /// The two incidents: (start, end, component), hours back from now.
    var incidents: [Incident] {
        let hour: TimeInterval = 3600
        return [
            Incident(
                id: "bench-amazon-imports", name: "Delayed Amazon order imports", status: .resolved, impact: .major,
                startedAt: now.addingTimeInterval(-Double(days) * 24 * hour * 2 / 3 + 10 * hour),
                resolvedAt: now.addingTimeInterval(-Double(days) * 24 * hour * 2 / 3 + 13 * hour),
                componentIDs: ["amazon"]),
            Incident(
                id: "bench-dashboard", name: "Dashboard slow to load", status: .resolved, impact: .minor,
                startedAt: now.addingTimeInterval(-Double(days) * 24 * hour / 4 + 14 * hour),
                resolvedAt: now.addingTimeInterval(-Double(days) * 24 * hour / 4 + 16.5 * hour),
                componentIDs: ["dashboard"]),
        ]
    }

    private mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    private mutating func pick(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    private mutating func chance(_ percent: Int) -> Bool { pick(100) < percent }

    /// Intents with their weights (per 1,000).
    private static let intents: [(Intent, Int)] = [
        (.orderStatus, 330), (.ordersNotImported, 100), (.channelNotUpdated, 80), (.deliveryTime, 100),
        (.syncSchedule, 40), (.deliveryOptions, 30), (.changeAddress, 40), (.changeOrder, 20), (.cancelOrder, 30),
        (.refund, 40), (.serviceStatus, 30), (.loginProblem, 20), (.payment, 20), (.humanAgent, 30), (.complaint, 20),
        (.outOfScope, 70),
    ]
    /// Messages per hour of the day (relative), office hours busiest.
    private static let hourWeights = [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 19, 16, 17, 18, 17, 15, 12, 9, 7, 5, 4, 2, 1]
    private static let channels: [String?] = ["amazon", "ebay", "etsy", "shopify", "woocommerce", "magento", nil, nil]
    private static let vias = ["chat", "chat", "chat", "email", "email", "phone", "batch", "console"]
    private static let unanswered = [
        "can you recommend a good dog food?", "do you sell gift cards", "what is the weather like in London",
        "how do I become a reseller?", "is there a student discount", "can I pay with bitcoin",
        "do you ship to Mars", "я хочу купить собаку", "какая у вас погода",
    ]

    private mutating func intent() -> Intent {
        var roll = pick(1000)
        for (intent, weight) in Self.intents {
            if roll < weight { return intent }
            roll -= weight
        }
        return .orderStatus
    }

    private mutating func time() -> Date {
        let totalWeight = Self.hourWeights.reduce(0, +)
        while true {
            let day = pick(days)
            var roll = pick(totalWeight)
            var hour = 0
            while roll >= Self.hourWeights[hour] {
                roll -= Self.hourWeights[hour]
                hour += 1
            }
            let start = now.addingTimeInterval(-Double(days - day) * 86_400)
            var components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .gmt, from: start)
            let weekday = components.weekday ?? 2
            if (weekday == 1 || weekday == 7) && chance(50) { continue }
            components.hour = hour
            components.minute = pick(60)
            components.second = pick(60)
            guard let date = Calendar(identifier: .gregorian).date(from: components), date < now else { continue }
            return date
        }
    }

    /// The exchange with this index.
    mutating func exchange(_ index: Int) -> ExchangeLogEntry {
        var at = time()
        var intent = intent()
        // About 1 % of all messages come during the incidents, most of them asking after orders.
        if index % 100 == 0 {
            let incident = incidents[pick(incidents.count)]
            guard let end = incident.resolvedAt else { return exchange(index + 1) }
            at = incident.startedAt.addingTimeInterval(Double(pick(Int(end.timeIntervalSince(incident.startedAt)))))
            intent = chance(70) ? .orderStatus : .ordersNotImported
        }
        let lowConfidence = intent != .outOfScope && chance(4)
        let confidence = lowConfidence ? Double(pick(45) + 5) / 100 : Double(pick(30) + 70) / 100
        let number = "114-\(String(format: "%07d", pick(10_000_000)))-\(String(format: "%07d", pick(10_000_000)))"
        let (message, rule): (String, String)
        switch intent {
        case .outOfScope: (message, rule) = (Self.unanswered[pick(Self.unanswered.count)], "out-of-scope")
        case .orderStatus:
            (message, rule) = (chance(20) ? "где мой заказ \(number)?" : "where is my order \(number)?", "order-dispatched")
        case .ordersNotImported: (message, rule) = ("I connected my store and no orders are showing", "import-cycle")
        case .channelNotUpdated:
            (message, rule) = ("I dispatched \(number) but the channel still shows it unshipped", "export-pending")
        case .deliveryTime: (message, rule) = ("when will order \(number) arrive?", "delivery-time")
        case .humanAgent: (message, rule) = ("I want to talk to a real person", "human-agent")
        case .complaint: (message, rule) = ("I want to file a complaint", "complaint")
        default:
            (message, rule) = (
                "question about \(intent.rawValue.replacingOccurrences(of: "_", with: " "))",
                intent.rawValue.replacingOccurrences(of: "_", with: "-")
            )
        }
        let decided = lowConfidence ? "low-confidence" : (chance(1) ? "fallback" : rule)
        let handoff = ["low-confidence", "fallback", "human-agent", "complaint"].contains(decided)
        return ExchangeLogEntry(
            at: at, via: Self.vias[pick(Self.vias.count)], message: message, language: message.contains("заказ") ? "ru" : "en",
            intent: intent.rawValue, confidence: confidence, rule: decided, guides: ["track-order"],
            answer: "An answer of a realistic length for \(decided), about a hundred characters, give or take a few words.",
            handoff: handoff, handoffSummary: handoff ? "Needs a person: \(decided)" : nil,
            channel: Self.channels[pick(Self.channels.count)])
    }
}
