import Foundation

/// Times a piece of work and prints its rate.
enum Measurement {
    private static let clock = ContinuousClock()

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Runs `body`, which returns how many things it did, and prints the rate.
    @discardableResult
    static func rate(_ label: String, unit: String, _ body: () throws -> Int) rethrows -> Double {
        var count = 0
        let duration = try clock.measure { count = try body() }
        let elapsed = seconds(duration)
        let rate = Double(count) / elapsed
        report(label, "\(count) \(unit) in \(String(format: "%.2f", elapsed)) s = \(Int(rate)) \(unit)/s")
        return rate
    }

    static func report(_ label: String, _ text: String) {
        print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + text)
    }

    /// Runs `body` once and returns the seconds it took.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        seconds(try clock.measure(body))
    }
}
