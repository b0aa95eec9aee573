import Foundation
import HelpdeskCore

extension ExchangeTally {
    /// Hours shown before and after an incident in its timeline.
    static let contextHours: Int64 = 3
    /// The longest incident timeline, in hours.
    static let longestTimeline: Int64 = 72

    /// The report on what has been counted, for `period`, with the breakdowns in `dimensions`.
    public func report(period: ReportPeriod, dimensions: [ReportDimension]) -> ExchangeReport {
        var clock = self.clock
        let hours = timelineHours(period: period, clock: &clock)
        let normalDays = self.normalDays(in: hours, clock: &clock)
        let usual = UsualVolumes(tally: self, hours: hours, normalDays: normalDays)
        var breakdowns: [String: [VolumeRow]] = [:]
        for dimension in dimensions {
            breakdowns[dimension.rawValue] = rows(dimension, hours: hours)
        }
        return ExchangeReport(
            generatedAt: ISO8601.format(period.now), timeZone: settings.timeZone.identifier,
            since: period.since.map(ISO8601.format), until: period.until.map(ISO8601.format),
            firstAt: count > 0 ? ISOText.milliseconds(firstAt) : nil, lastAt: count > 0 ? ISOText.milliseconds(lastAt) : nil,
            lowConfidenceThreshold: settings.lowConfidence, totals: VolumeRow(key: "all", counts: totals, total: count),
            breakdowns: breakdowns, normalDays: normalDays.count,
            incidents: incidents.filter { covered(period).map($0.window.overlaps) ?? false }
                .map { incidentReport($0, usual: usual, hours: hours, clock: &clock) },
            unanswered: wordings.top(settings.topQuestions))
    }

    // MARK: - Time

    /// The local hours the report covers (``covered(_:)``), in order. Hours are stepped in UTC
    /// and read on the desk's clock, so a day when the clocks go forward has 23 of them and one
    /// when they go back has its repeated hour once.
    func timelineHours(period: ReportPeriod, clock: inout DeskClock) -> [Int64] {
        guard let covered = covered(period) else { return [] }
        let start = covered.lowerBound
        let end = covered.upperBound
        let length = DeskClock.millisecondsPerHour
        var hours: [Int64] = []
        var utcHour = DeskClock.floorDivide(start, length)
        let lastUTCHour = DeskClock.floorDivide(end - 1, length)
        while utcHour <= lastUTCHour {
            let local = clock.localHour(at: max(utcHour * length, start))
            if hours.last.map({ local > $0 }) ?? true { hours.append(local) }
            // Half-hour zones: the UTC hour's second half may fall in the next local hour.
            let later = clock.localHour(at: min(utcHour * length + length - 1, end - 1))
            if later > (hours.last ?? later) { hours.append(later) }
            utcHour += 1
        }
        return hours
    }

    /// The milliseconds the report covers: from the period's start (else the first exchange) to
    /// its end (else just after the last exchange), never past now; `nil` when nothing is covered.
    func covered(_ period: ReportPeriod) -> Range<Int64>? {
        let now = IncidentWindow.milliseconds(period.now)
        guard let start = period.since.map(IncidentWindow.milliseconds) ?? (count > 0 ? firstAt : nil) else { return nil }
        let afterLast = count > 0 ? lastAt + 1 : start + 1
        let end = min(period.until.map(IncidentWindow.milliseconds) ?? afterLast, max(now, afterLast))
        return end > start ? start..<end : nil
    }

    /// Days of the timeline on which no incident was going on (desk time).
    func normalDays(in hours: [Int64], clock: inout DeskClock) -> Set<Int64> {
        var days = Set(hours.map(DeskClock.day(ofHour:)))
        for incident in incidents {
            let first = DeskClock.day(ofHour: clock.localHour(at: incident.window.start))
            let last = DeskClock.day(ofHour: clock.localHour(at: incident.window.end - 1))
            for day in first...last { days.remove(day) }
        }
        return days
    }

    /// The slot of a local hour, if any exchange fell in it.
    func slot(atHour hour: Int64) -> HourSlot? {
        slotByHour[hour].map { slots[$0] }
    }

    // MARK: - Breakdowns

    private func rows(_ dimension: ReportDimension, hours: [Int64]) -> [VolumeRow] {
        switch dimension {
        case .intent: return valueRows(byIntent)
        case .via: return valueRows(byVia)
        case .channel: return valueRows(byChannel)
        case .rule: return valueRows(byRule)
        case .hour, .day:
            if dimension == .hour {
                return hours.map { hour in
                    VolumeRow(key: DeskClock.hourText(hour), counts: slot(atHour: hour)?.counts ?? VolumeCounts(), total: count)
                }
            }
            var byDay: [Int64: VolumeCounts] = [:]
            for slot in slots {
                let day = DeskClock.day(ofHour: slot.hour)
                byDay[day] = (byDay[day] ?? VolumeCounts()) + slot.counts
            }
            var days: [Int64] = []
            for hour in hours where days.last != DeskClock.day(ofHour: hour) { days.append(DeskClock.day(ofHour: hour)) }
            return days.map { day in
                VolumeRow(key: DeskClock.dayText(day), counts: byDay[day] ?? VolumeCounts(), total: count)
            }
        }
    }

    /// Rows of the codes that occur, most exchanges first (ties by key); NULL reads `none`.
    private func valueRows(_ table: [VolumeCounts]) -> [VolumeRow] {
        table.enumerated()
            .filter { $0.element.exchanges > 0 }
            .map { VolumeRow(key: vocabulary.text($0.offset) ?? "none", counts: $0.element, total: count) }
            .sorted { $0.exchanges != $1.exchanges ? $0.exchanges > $1.exchanges : $0.key < $1.key }
    }

    // MARK: - Incidents

    private func incidentReport(
        _ incident: IncidentTally, usual: UsualVolumes, hours: [Int64], clock: inout DeskClock
    ) -> IncidentReport {
        let window = incident.window
        let localStart = window.start + clock.offset(at: window.start)
        let localEnd = window.end + clock.offset(at: window.end - 1)
        let weights = Self.hourWeights(localStart: localStart, localEnd: localEnd)
        let usualTotal = usual.expected(weights) { $0.exchanges }
        let intentCodes = Set(incident.intents.indices.filter { incident.intents[$0] > 0 })
            .union(usual.intentCodes)
        func volume(_ code: Int?) -> IncidentReport.IntentVolume {
            let during = code.flatMap { incident.intents.indices.contains($0) ? incident.intents[$0] : nil } ?? 0
            let expected = usual.expected(weights) { totals in code.map { totals.intent($0) } ?? 0 }
            return IncidentReport.IntentVolume(
                intent: code.flatMap(vocabulary.text) ?? Intent.orderStatus.rawValue, exchanges: during,
                usual: expected.map { ReportRounding.round($0, places: ReportRounding.baselinePlaces) },
                multiplier: ReportRounding.multiplier(during, usual: expected))
        }
        let intents = intentCodes.map { volume($0) }
            .filter { $0.exchanges > 0 || ($0.usual ?? 0) > 0 }
            .sorted(by: Self.busierFirst)
        let orderStatusCode = vocabulary.texts.firstIndex(of: Intent.orderStatus.rawValue)
        return IncidentReport(
            id: window.id, name: window.name, components: window.components, impact: window.impact,
            maintenance: window.maintenance, startedAt: ISO8601.format(window.startedAt),
            resolvedAt: window.resolvedAt.map(ISO8601.format), from: ISOText.milliseconds(window.start),
            to: ISOText.milliseconds(window.end),
            hours: ReportRounding.round(Double(window.end - window.start) / Double(DeskClock.millisecondsPerHour), places: 2),
            exchanges: incident.counts.exchanges,
            usual: usualTotal.map { ReportRounding.round($0, places: ReportRounding.baselinePlaces) },
            multiplier: ReportRounding.multiplier(incident.counts.exchanges, usual: usualTotal),
            orderStatus: volume(orderStatusCode), intents: intents,
            timeline: timeline(weights: weights, hours: hours, usual: usual, orderStatusCode: orderStatusCode))
    }

    /// Most exchanges during the incident first, then the most usual, then by name.
    static func busierFirst(_ one: IncidentReport.IntentVolume, _ other: IncidentReport.IntentVolume) -> Bool {
        if one.exchanges != other.exchanges { return one.exchanges > other.exchanges }
        let oneUsual = one.usual ?? 0
        let otherUsual = other.usual ?? 0
        if oneUsual != otherUsual { return oneUsual > otherUsual }
        return one.intent < other.intent
    }

    /// The local hours an incident overlaps, each with the part of it that the incident covers.
    static func hourWeights(localStart: Int64, localEnd: Int64) -> [(hour: Int64, weight: Double)] {
        guard localEnd > localStart else { return [] }
        let length = DeskClock.millisecondsPerHour
        let first = DeskClock.floorDivide(localStart, length)
        let last = DeskClock.floorDivide(localEnd - 1, length)
        return (first...last).map { hour in
            let overlap = min(localEnd, (hour + 1) * length) - max(localStart, hour * length)
            return (hour, Double(overlap) / Double(length))
        }
    }

    private func timeline(
        weights: [(hour: Int64, weight: Double)], hours: [Int64], usual: UsualVolumes, orderStatusCode: Int?
    ) -> [IncidentReport.Hour] {
        guard let first = weights.first?.hour, let last = weights.last?.hour else { return [] }
        let around = hours.filter { $0 >= first - Self.contextHours && $0 <= last + Self.contextHours }
        return around.prefix(Int(Self.longestTimeline)).map { hour in
            let slot = slot(atHour: hour)
            let hourOfDay = DeskClock.hourOfDay(hour)
            let orderStatus =
                orderStatusCode.flatMap { code in slot.map { $0.intents.indices.contains(code) ? $0.intents[code] : 0 } } ?? 0
            return IncidentReport.Hour(
                start: DeskClock.hourText(hour), during: hour >= first && hour <= last, exchanges: slot?.counts.exchanges ?? 0,
                usual: usual.mean(hourOfDay: hourOfDay) { $0.exchanges }.map {
                    ReportRounding.round($0, places: ReportRounding.baselinePlaces)
                },
                orderStatus: orderStatus,
                usualOrderStatus: usual.mean(hourOfDay: hourOfDay) { totals in orderStatusCode.map { totals.intent($0) } ?? 0 }
                    .map { ReportRounding.round($0, places: ReportRounding.baselinePlaces) })
        }
    }
}
