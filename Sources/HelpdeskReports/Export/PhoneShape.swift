/// Whether a run of digits and separators is a phone number rather than a date, an amount or a
/// number of another kind: 7 to 15 digits; international (`+`, `00`) always; without separators
/// only the local forms `0…` (10–11 digits) and `8…`/`7…` (11 digits); never a date
/// (`2025-03-04`, `04.03.2025`) nor thousands grouped by spaces (`1 000 000`).
enum PhoneShape {
    static let fewestDigits = 7
    static let mostDigits = 15

    static func isPhone(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let digits = trimmed.filter(\.isASCIIDigit)
        guard (fewestDigits...mostDigits).contains(digits.count) else { return false }
        if trimmed.hasPrefix("+") || trimmed.hasPrefix("00") { return true }
        let groups = trimmed.split { !$0.isASCIIDigit }.map(\.count)
        if groups.count == 1 {
            let first = digits.first
            if first == "0" { return (10...11).contains(digits.count) }
            if first == "8" || first == "7" { return digits.count == 11 }
            return false
        }
        if isDate(trimmed) { return false }
        let spacedOnly = !trimmed.contains { $0 == "-" || $0 == "." || $0 == "(" || $0 == ")" }
        if spacedOnly, groups.count >= 2, groups[0] <= 3, groups.dropFirst().allSatisfy({ $0 == 3 }) { return false }
        return true
    }

    /// `2025-03-04`, `04.03.2025`, `4/3/25`-like texts.
    private static func isDate(_ text: Substring) -> Bool {
        let groups = text.split { !$0.isASCIIDigit }.map(\.count)
        let separators = text.filter { !$0.isASCIIDigit }
        guard groups.count == 3, Set(separators).count == 1, let separator = separators.first,
            separator == "-" || separator == "." || separator == "/"
        else { return false }
        return (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
            || (groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
