import Foundation
import HelpdeskCore
import HelpdeskStore

/// A known exchange log for report tests: ten days of office-hours traffic on the desk's clock
/// (Europe/London, across the switch to summer time on 2025-03-30), a mix of intents, channels,
/// vias, hand-offs, out-of-scope, low-confidence and catch-all answers, and two incidents with
/// extra "where is my order?" traffic. Tests count what they expect from ``entries`` themselves.
public struct SampleLog: Sendable {
    /// The desk's zone in `KnowledgeBase/desk.yaml`.
    public static let zone = TimeZone(identifier: "Europe/London") ?? .gmt
    /// The first day (desk time) and how many days there are.
    public static let firstDay = DateComponents(year: 2025, month: 3, day: 24)
    public static let days = 10
    /// Office hours with traffic every day, desk time.
    public static let openingHour = 8
    public static let closingHour = 18

    /// The big incident: 2025-03-27 10:00–13:00 desk time (still winter time, UTC+0).
    public static let outageStart = "2025-03-27T10:00:00Z"
    public static let outageEnd = "2025-03-27T13:00:00Z"
    /// The small one: 2025-04-01 14:30–15:15 desk time (summer time, UTC+1).
    public static let slowdownStart = "2025-04-01T13:30:00Z"
    public static let slowdownEnd = "2025-04-01T14:15:00Z"
    /// Extra messages during each.
    public static let outageOrderStatus = 30
    public static let outageImports = 6
    public static let slowdownOrderStatus = 8

    /// Out-of-scope questions, in families worded alike.
    public static let dogFood = [
        "can you recommend a good dog food?", "Can you recommend good dog food please", "could you recommend a dog food",
    ]
    public static let giftCards = ["do you sell gift cards?", "Do you sell gift cards"]
    public static let buyDog = ["я хочу купить собаку", "хочу купить собаку"]
    /// The low-confidence message and the one the catch-all rule answered.
    public static let garbled = "order change address cancel refund"
    public static let nonsense = "blorp the flange"

    public let entries: [ExchangeLogEntry]
    public let incidents: [Incident]
    public let components: [StatusComponent]

    public init() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.zone
        var random = SeededRandom(seed: 2025)
        var entries: [ExchangeLogEntry] = []
        var number = 0
        func add(_ kind: Kind, at date: Date) {
            number += 1
            entries.append(kind.entry(number: number, at: date, random: &random))
        }
        let first = calendar.date(from: Self.firstDay) ?? Date(timeIntervalSince1970: 0)
        for offset in 0..<Self.days {
            guard let day = calendar.date(byAdding: .day, value: offset, to: first) else { continue }
            for hour in Self.openingHour..<Self.closingHour {
                for _ in 0..<(2 + (hour + offset) % 3) {
                    let date =
                        calendar.date(bySettingHour: hour, minute: random.next(60), second: random.next(60), of: day) ?? day
                    add(Kind.ordinary(random.next(100)), at: date)
                }
            }
            // Late messages near midnight desk time (after the switch, 00:30 is 23:30 UTC the day before).
            if offset % 3 == 1, let late = calendar.date(bySettingHour: 0, minute: 30, second: 0, of: day) {
                add(.deliveryTime, at: late)
            }
            if offset % 4 == 2, let late = calendar.date(bySettingHour: 23, minute: 40, second: 0, of: day) {
                add(.orderStatus, at: late)
            }
        }
        func during(_ start: String, _ end: String, _ count: Int, _ kind: Kind) {
            guard let from = ISO8601.parse(start), let to = ISO8601.parse(end) else { return }
            let seconds = Int(to.timeIntervalSince(from))
            for _ in 0..<count { add(kind, at: from.addingTimeInterval(Double(random.next(seconds)))) }
        }
        during(Self.outageStart, Self.outageEnd, Self.outageOrderStatus, .orderStatus)
        during(Self.outageStart, Self.outageEnd, Self.outageImports, .ordersNotImported)
        during(Self.slowdownStart, Self.slowdownEnd, Self.slowdownOrderStatus, .orderStatus)
        self.entries = entries

        let amazon = StatusComponent(id: "amazon", name: "Amazon channel", status: .operational)
        let dashboard = StatusComponent(id: "dashboard", name: "Dashboard", status: .operational)
        components = [amazon, dashboard]
        func incident(
            _ id: String, _ name: String, _ impact: IncidentImpact, _ start: String, _ end: String?, _ component: String
        )
            -> Incident
        {
            Incident(
                id: id, name: name, status: end == nil ? .investigating : .resolved, impact: impact,
                startedAt: ISO8601.parse(start) ?? first, resolvedAt: end.flatMap(ISO8601.parse), componentIDs: [component])
        }
        incidents = [
            incident("outage", "Delayed Amazon order imports", .major, Self.outageStart, Self.outageEnd, "amazon"),
            incident("slowdown", "Dashboard slow to load", .minor, Self.slowdownStart, Self.slowdownEnd, "dashboard"),
            incident("long-ago", "An old incident", .minor, "2025-01-10T09:00:00Z", "2025-01-10T10:00:00Z", "dashboard"),
        ]
    }

    /// Records the exchanges and the incidents (resolved, so they are in the status archive).
    public func record(into database: AppDatabase) throws {
        try database.recordExchanges(entries)
        let fetchedAt = ISO8601.parse("2025-04-03T09:00:00Z") ?? Date()
        try database.saveServiceStatus(
            ServiceStatus(components: components, incidents: incidents), fetchedAt: fetchedAt, source: "tests")
    }

    /// The kinds of exchange in the log.
    enum Kind: Sendable {
        case orderStatus, deliveryTime, exportPending, humanAgent, ordersNotImported
        case outOfScope(String)
        case lowConfidence, catchAll

        /// An office-hours message from a roll of 0..<100.
        static func ordinary(_ roll: Int) -> Kind {
            switch roll {
            case 0..<35: .orderStatus
            case 35..<50: .deliveryTime
            case 50..<60: .exportPending
            case 60..<66: .humanAgent
            case 66..<70: .ordersNotImported
            case 70..<76: .outOfScope(SampleLog.dogFood[roll % SampleLog.dogFood.count])
            case 76..<80: .outOfScope(SampleLog.giftCards[roll % SampleLog.giftCards.count])
            case 80..<83: .outOfScope(SampleLog.buyDog[roll % SampleLog.buyDog.count])
            case 83..<90: .lowConfidence
            case 90..<93: .catchAll
            default: .orderStatus
            }
        }

        func entry(number: Int, at date: Date, random: inout SeededRandom) -> ExchangeLogEntry {
            let channel = ["amazon", "ebay", nil, "shopify"][random.next(4)]
            let via = ["chat", "email", "phone", "batch"][random.next(4)]
            let orderNumber = "114-\(1_000_000 + number * 7)-\(7_000_000 + number)"
            func make(
                _ message: String, intent: Intent, confidence: Double, rule: String, handoff: Bool = false,
                language: String = "en"
            )
                -> ExchangeLogEntry
            {
                ExchangeLogEntry(
                    at: date, via: via, sourceKey: "sample#\(number)", message: message, language: language,
                    intent: intent.rawValue, confidence: confidence, rule: rule, answer: "An answer to \(message)",
                    handoff: handoff, handoffSummary: handoff ? "Needs a person" : nil, channel: channel)
            }
            switch self {
            case .orderStatus:
                return make("where is my order \(orderNumber)?", intent: .orderStatus, confidence: 0.93, rule: "order-dispatched")
            case .deliveryTime:
                return make("when will my parcel arrive?", intent: .deliveryTime, confidence: 0.88, rule: "delivery-time")
            case .exportPending:
                return make(
                    "eBay still shows order 24-14934-88735 as unshipped", intent: .channelNotUpdated, confidence: 0.97,
                    rule: "export-pending")
            case .humanAgent:
                return make(
                    "I want to talk to a real person", intent: .humanAgent, confidence: 0.99, rule: "human-agent", handoff: true)
            case .ordersNotImported:
                return make("my Amazon orders are not showing", intent: .ordersNotImported, confidence: 0.9, rule: "import-cycle")
            case .outOfScope(let text):
                return make(
                    text, intent: .outOfScope, confidence: 0.8, rule: "out-of-scope", language: text.contains("у") ? "ru" : "en")
            case .lowConfidence:
                return make(SampleLog.garbled, intent: .orderStatus, confidence: 0.3, rule: "low-confidence", handoff: true)
            case .catchAll:
                return make(SampleLog.nonsense, intent: .deliveryOptions, confidence: 0.6, rule: "fallback", handoff: true)
            }
        }
    }
}

/// A small deterministic random number generator (the same log on every run).
public struct SeededRandom {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}
