import Foundation

/// The words a duration is written with in one language (`2 hours 30 minutes`), looked up once,
/// with each count of minutes, hours and the first days written out ahead (`30 minutes`).
struct DurationWords: Sendable {
    let language: Language
    let dayForms: [String]
    let lessThanAMinute: String
    /// `0 minutes` … `59 minutes`, `0 hours` … `23 hours`, `0 days` … in the language.
    private let minuteTexts: [String]
    private let hourTexts: [String]
    private let dayTexts: [String]

    init(_ text: LocaleText) {
        language = text.language
        dayForms = text.plurals["day"] ?? ["day"]
        lessThanAMinute = text.word("less_than_a_minute")
        let language = text.language
        func texts(_ count: Int, _ forms: [String]) -> [String] {
            (0..<count).map { String($0) + " " + LocaleText.form(for: $0, among: forms, in: language) }
        }
        minuteTexts = texts(Self.minutesPerHour, text.plurals["minute"] ?? ["minute"])
        hourTexts = texts(Self.minutesPerDay / Self.minutesPerHour, text.plurals["hour"] ?? ["hour"])
        dayTexts = texts(Self.daysWrittenAhead, dayForms)
    }

    /// Appends the duration in words: days and hours, or hours and minutes; `less than a minute`
    /// when it rounds to no minute.
    func write(_ seconds: TimeInterval, into output: inout String) {
        let totalMinutes = max(0, Int((seconds / Self.secondsPerMinute).rounded()))
        let days = totalMinutes / Self.minutesPerDay
        let hours = (totalMinutes % Self.minutesPerDay) / Self.minutesPerHour
        let minutes = totalMinutes % Self.minutesPerHour
        if days > 0 {
            if days < dayTexts.count {
                output += dayTexts[days]
            } else {
                output += String(days)
                output += " "
                output += LocaleText.form(for: days, among: dayForms, in: language)
            }
        }
        if hours > 0 {
            if days > 0 { output += " " }
            output += hourTexts[hours]
        }
        if minutes > 0 && days == 0 {
            if hours > 0 { output += " " }
            output += minuteTexts[minutes]
        }
        if days == 0 && hours == 0 && minutes == 0 { output += lessThanAMinute }
    }

    private static let secondsPerMinute: TimeInterval = 60
    private static let minutesPerHour = 60
    private static let minutesPerDay = 1440
    /// Durations of more days than this are written out when used.
    private static let daysWrittenAhead = 32
}
