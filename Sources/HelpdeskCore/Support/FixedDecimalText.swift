import Foundation

/// Numbers with two decimals, as `String(format: "%.2f", value)` writes them (`0.45`, `1.00`),
/// without Foundation's formatter, which costs more than the rest of a rule's reasons together.
enum FixedDecimalText {
    /// The largest value written here; larger ones, negative ones, NaN and infinity are handed to
    /// `String(format:)`.
    private static let fastLimit = 1e9

    /// `value` with two decimals, rounded as `printf` rounds: to the hundredth nearest the exact
    /// binary value, a tie going to the even hundredth.
    static func twoDecimals(_ value: Double) -> String {
        guard value.sign == .plus, value < fastLimit else { return String(format: "%.2f", value) }
        // The sign of `200 × value − (2k + 1)`, computed with one rounding (a fused multiply-add)
        // and so exact: whether `value` in hundredths lies above the midpoint between k and k + 1.
        func beyondMidpoint(after k: Double) -> Double { (-(2 * k + 1)).addingProduct(value, 200) }
        func isEven(_ k: Double) -> Bool { k.truncatingRemainder(dividingBy: 2) == 0 }
        // Within one of the answer; the exact comparisons settle it.
        var hundredths = (value * 100).rounded()
        while hundredths > 0 {
            let beyond = beyondMidpoint(after: hundredths - 1)
            guard beyond < 0 || (beyond == 0 && isEven(hundredths - 1)) else { break }
            hundredths -= 1
        }
        while true {
            let beyond = beyondMidpoint(after: hundredths)
            guard beyond > 0 || (beyond == 0 && !isEven(hundredths)) else { break }
            hundredths += 1
        }
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        return String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }
}
