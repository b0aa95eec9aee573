/// The usual volume of each hour of the day: its average over the normal days (days with no
/// incident) of a report's timeline. Only hours inside the timeline count, so a period that
/// starts or ends mid-day does not drag the averages down.
struct UsualVolumes {
    static let hoursPerDay = Int(DeskClock.hoursPerDay)

    /// Sums over the normal days of one hour of the day.
    struct HourTotals {
        var exchanges = 0
        var byIntent: [Int] = []

        /// The sum for one intent code.
        func intent(_ code: Int) -> Int { byIntent.indices.contains(code) ? byIntent[code] : 0 }
    }

    private var totals = [HourTotals](repeating: HourTotals(), count: hoursPerDay)
    /// How many normal days have each hour of the day inside the timeline.
    private var normalHours = [Int](repeating: 0, count: hoursPerDay)
    /// Intent codes asked in some normal hour.
    private(set) var intentCodes: Set<Int> = []

    init(tally: ExchangeTally, hours: [Int64], normalDays: Set<Int64>) {
        for hour in hours where normalDays.contains(DeskClock.day(ofHour: hour)) {
            let hourOfDay = DeskClock.hourOfDay(hour)
            normalHours[hourOfDay] += 1
            guard let slot = tally.slot(atHour: hour) else { continue }
            totals[hourOfDay].exchanges += slot.counts.exchanges
            if totals[hourOfDay].byIntent.count < slot.intents.count {
                totals[hourOfDay].byIntent.append(
                    contentsOf: repeatElement(0, count: slot.intents.count - totals[hourOfDay].byIntent.count))
            }
            for (code, count) in slot.intents.enumerated() where count > 0 {
                totals[hourOfDay].byIntent[code] += count
                intentCodes.insert(code)
            }
        }
    }

    /// The average of `value` at an hour of the day over the normal days; `nil` when no normal
    /// day has that hour.
    func mean(hourOfDay: Int, _ value: (HourTotals) -> Int) -> Double? {
        let days = normalHours[hourOfDay]
        return days == 0 ? nil : Double(value(totals[hourOfDay])) / Double(days)
    }

    /// The usual volume over local hours, each weighted by the part of it covered; `nil` when
    /// one of the hours has no normal day to compare with.
    func expected(_ weights: [(hour: Int64, weight: Double)], _ value: (HourTotals) -> Int) -> Double? {
        var sum = 0.0
        for (hour, weight) in weights {
            guard let mean = mean(hourOfDay: DeskClock.hourOfDay(hour), value) else { return nil }
            sum += weight * mean
        }
        return sum
    }
}
