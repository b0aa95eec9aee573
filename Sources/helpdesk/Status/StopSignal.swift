import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop, which a loop checks between units
/// of work, so that the current write always finishes.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private let wakeUp = DispatchSemaphore(value: 0)
    private var stopRequested = false
    private var sources: [any DispatchSourceSignal] = []

    /// Starts listening for the signals (their default action, ending the process, is turned off).
    init(signals: [Int32] = [SIGINT, SIGTERM]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Asks the loop to stop.
    func request() {
        lock.lock()
        stopRequested = true
        lock.unlock()
        wakeUp.signal()
    }

    /// Whether a stop was asked for.
    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    /// Sleeps for `seconds`, or less if a stop is asked for meanwhile.
    func sleep(_ seconds: TimeInterval) {
        if isRequested { return }
        _ = wakeUp.wait(timeout: .now() + seconds)
    }
}
