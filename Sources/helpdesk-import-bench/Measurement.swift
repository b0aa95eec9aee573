import Foundation

/// Times a piece of work and prints its rate.
enum Measurement {
    private static let clock = ContinuousClock()

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Runs `body`, which returns how many things it did, and prints the rate, and the CPU time
    /// the process used meanwhile (all threads: on a busy machine, a rate falls while the CPU
    /// time stays about the same).
    @discardableResult
    static func rate(_ label: String, unit: String, _ body: () throws -> Int) rethrows -> Double {
        var count = 0
        let cpuBefore = processCPUSeconds()
        let duration = try clock.measure { count = try body() }
        let cpu = processCPUSeconds() - cpuBefore
        let elapsed = seconds(duration)
        let rate = Double(count) / elapsed
        let seconds = String(format: "%.2f", elapsed)
        report(label, "\(count) \(unit) in \(seconds) s = \(Int(rate)) \(unit)/s (CPU \(String(format: "%.2f", cpu)) s)")
        return rate
    }

    /// User and system CPU time of the whole process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func report(_ label: String, _ text: String) {
        print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + text)
    }

    /// Runs `body` once and returns the seconds it took.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        seconds(try clock.measure(body))
    }
}
