import Foundation
import HelpdeskBatch

/// A one-line progress bar on standard error, redrawn in place; only when standard error is a
/// terminal, so that logs and pipes get no control characters.
final class BatchProgressBar {
    private let width = 30
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    /// A bar when standard error is a terminal, else `nil`.
    static func forStandardError() -> BatchProgressBar? {
        isatty(STDERR_FILENO) == 1 ? BatchProgressBar() : nil
    }

    func show(_ progress: BatchRunner.Progress) {
        let now = ContinuousClock.now
        if drawn && now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        let fraction = progress.totalBytes > 0 ? min(1, Double(progress.bytesRead) / Double(progress.totalBytes)) : 0
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = progress.seconds > 0 ? Int(Double(progress.messages) / progress.seconds) : 0
        let line = "\r\(bar) \(Int(fraction * 100))%  \(progress.messages) messages  \(rate)/s  \(progress.errors) errors\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Removes the bar so that a message can be printed.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
