import Foundation
import HelpdeskCore
import HelpdeskStore

/// Counts exchanges one at a time, in any order, into everything a report shows: totals and
/// breakdowns, hours of the desk's clock, each incident's volumes, and the unanswered questions.
/// Pure: it is handed rows (``AppDatabase/scanExchanges(from:before:vocabulary:_:)`` reads them)
/// and makes the report with ``report(period:dimensions:)``.
public struct ExchangeTally {
    /// An hour of the desk's clock with exchanges in it.
    struct HourSlot {
        var hour: Int64
        var counts = VolumeCounts()
        /// Exchanges by intent code.
        var intents: [Int]
    }

    /// What was asked during one incident.
    struct IncidentTally {
        var window: IncidentWindow
        var counts = VolumeCounts()
        /// Exchanges by intent code.
        var intents: [Int] = []
    }

    let settings: ReportSettings
    let vocabulary: ExchangeScanVocabulary
    var clock: DeskClock

    /// Per code: whether, as an intent, it is out of scope; as a rule, the catch-all.
    private var outOfScopeIntent: [Bool] = []
    private var catchAllRule: [Bool] = []

    private(set) var totals = VolumeCounts()
    private(set) var byIntent: [VolumeCounts] = []
    private(set) var byVia: [VolumeCounts] = []
    private(set) var byChannel: [VolumeCounts] = []
    private(set) var byRule: [VolumeCounts] = []

    private(set) var slots: [HourSlot] = []
    private(set) var slotByHour: [Int64: Int] = [:]
    private var lastHour = Int64.min
    private var lastSlot = 0

    private(set) var incidents: [IncidentTally]
    private let incidentsByHour: [Int64: [Int]]
    private let incidentSpan: Range<Int64>

    private(set) var wordings = WordingGroups()
    private(set) var firstAt = Int64.max
    private(set) var lastAt = Int64.min

    /// A tally of exchanges whose text columns are codes of `vocabulary`, comparing volumes
    /// during `incidents` with the usual ones.
    public init(settings: ReportSettings, vocabulary: ExchangeScanVocabulary, incidents: [IncidentWindow]) {
        self.settings = settings
        self.vocabulary = vocabulary
        clock = DeskClock(zone: settings.timeZone)
        let sorted = incidents.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        self.incidents = sorted.map { IncidentTally(window: $0) }
        var byHour: [Int64: [Int]] = [:]
        for (index, window) in sorted.enumerated() {
            let first = DeskClock.floorDivide(window.start, DeskClock.millisecondsPerHour)
            let last = DeskClock.floorDivide(window.end - 1, DeskClock.millisecondsPerHour)
            for hour in first...last { byHour[hour, default: []].append(index) }
        }
        incidentsByHour = byHour
        let start = sorted.map(\.start).min() ?? 0
        incidentSpan = start..<(sorted.map(\.end).max() ?? start)
    }

    /// How many exchanges have been counted.
    public var count: Int { totals.exchanges }

    /// Counts one exchange; `message` is read only when the exchange was not really answered.
    public mutating func add(_ row: ExchangeScanRow, message: () -> String) {
        let highestCode = max(row.intent, row.rule, row.via, row.channel)
        if highestCode >= catchAllRule.count || vocabulary.count > catchAllRule.count {
            learnCodes(upTo: max(highestCode + 1, vocabulary.count))
        }
        var flags: ExchangeFlags = row.handoff ? .handoff : []
        if outOfScopeIntent[row.intent] { flags.insert(.outOfScope) }
        if row.confidence < settings.lowConfidence { flags.insert(.lowConfidence) }
        if !flags.isDisjoint(with: [.outOfScope, .lowConfidence]) || catchAllRule[row.rule] { flags.insert(.unanswered) }

        totals.add(flags)
        byIntent[row.intent].add(flags)
        byVia[row.via].add(flags)
        byChannel[row.channel].add(flags)
        byRule[row.rule].add(flags)
        firstAt = min(firstAt, row.atMilliseconds)
        lastAt = max(lastAt, row.atMilliseconds)

        let slot = slotIndex(hour: clock.localHour(at: row.atMilliseconds))
        slots[slot].counts.add(flags)
        if row.intent >= slots[slot].intents.count {
            slots[slot].intents.append(contentsOf: repeatElement(0, count: catchAllRule.count - slots[slot].intents.count))
        }
        slots[slot].intents[row.intent] += 1

        if incidentSpan.contains(row.atMilliseconds),
            let candidates = incidentsByHour[DeskClock.floorDivide(row.atMilliseconds, DeskClock.millisecondsPerHour)]
        {
            for index in candidates where incidents[index].window.contains(row.atMilliseconds) {
                incidents[index].counts.add(flags)
                if row.intent >= incidents[index].intents.count {
                    incidents[index].intents.append(
                        contentsOf: repeatElement(0, count: catchAllRule.count - incidents[index].intents.count))
                }
                incidents[index].intents[row.intent] += 1
            }
        }

        if flags.contains(.unanswered) { wordings.add(message(), at: row.atMilliseconds) }
    }

    /// The slot of a local hour, made when it is the first exchange in it.
    private mutating func slotIndex(hour: Int64) -> Int {
        if hour == lastHour { return lastSlot }
        let index: Int
        if let known = slotByHour[hour] {
            index = known
        } else {
            index = slots.count
            slots.append(HourSlot(hour: hour, intents: [Int](repeating: 0, count: catchAllRule.count)))
            slotByHour[hour] = index
        }
        lastHour = hour
        lastSlot = index
        return index
    }

    /// Extends the per-code tables to `count` codes.
    private mutating func learnCodes(upTo count: Int) {
        for code in catchAllRule.count..<count {
            let text = vocabulary.text(code)
            outOfScopeIntent.append(text == Intent.outOfScope.rawValue)
            catchAllRule.append(text.map { settings.catchAllRules.contains($0) } ?? false)
        }
        let added = count - byIntent.count
        for index in [\ExchangeTally.byIntent, \.byVia, \.byChannel, \.byRule] {
            self[keyPath: index].append(contentsOf: repeatElement(VolumeCounts(), count: added))
        }
    }
}
