import Foundation

/// How figures are rounded in reports, so that JSON and CSV are stable and free of float noise.
public enum ReportRounding {
    /// Decimal places of rates and shares (0.1234 = 12.34 %).
    public static let ratePlaces = 4
    /// Decimal places of usual (baseline) volumes, which are averages.
    public static let baselinePlaces = 3
    /// Decimal places of multipliers (during an incident ÷ usual).
    public static let multiplierPlaces = 2

    /// `part / whole` rounded to ``ratePlaces``; 0 when `whole` is 0.
    public static func rate(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : round(Double(part) / Double(whole), places: ratePlaces)
    }

    /// `value` rounded half away from zero to `places` decimals.
    public static func round(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    /// `during / usual` rounded to ``multiplierPlaces``; `nil` when the usual volume is unknown or 0.
    public static func multiplier(_ during: Int, usual: Double?) -> Double? {
        guard let usual, usual > 0 else { return nil }
        return round(Double(during) / usual, places: multiplierPlaces)
    }
}
