import Foundation

/// The words a duration is written with in one language (`2 hours 30 minutes`), looked up once.
struct DurationWords: Sendable {
    let language: Language
    let dayForms: [String]
    let hourForms: [String]
    let minuteForms: [String]
    let lessThanAMinute: String

    init(_ text: LocaleText) {
        language = text.language
        dayForms = text.plurals["day"] ?? ["day"]
        hourForms = text.plurals["hour"] ?? ["hour"]
        minuteForms = text.plurals["minute"] ?? ["minute"]
        lessThanAMinute = text.word("less_than_a_minute")
    }

    /// Appends the duration in words: days and hours, or hours and minutes; `less than a minute`
    /// when it rounds to no minute.
    func write(_ seconds: TimeInterval, into output: inout String) {
        let totalMinutes = max(0, Int((seconds / Self.secondsPerMinute).rounded()))
        let days = totalMinutes / Self.minutesPerDay
        let hours = (totalMinutes % Self.minutesPerDay) / Self.minutesPerHour
        let minutes = totalMinutes % Self.minutesPerHour
        var isEmpty = true
        func add(_ count: Int, _ forms: [String]) {
            if !isEmpty { output += " " }
            isEmpty = false
            output += String(count)
            output += " "
            output += LocaleText.form(for: count, among: forms, in: language)
        }
        if days > 0 { add(days, dayForms) }
        if hours > 0 { add(hours, hourForms) }
        if minutes > 0 && days == 0 { add(minutes, minuteForms) }
        if isEmpty { output += lessThanAMinute }
    }

    private static let secondsPerMinute: TimeInterval = 60
    private static let minutesPerHour = 60
    private static let minutesPerDay = 1440
}
