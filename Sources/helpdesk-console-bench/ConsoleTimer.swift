import Foundation

/// Runs `helpdesk console` on pipes as an agent would use it, one message at a time, and times each
/// answer from the moment the line is written (Enter) to the moment its last line is read.
final class ConsoleTimer {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer: [UInt8] = []
    /// How an answer's last line is recognised.
    private let isAnswerEnd: (String) -> Bool

    init(helpdesk: String, arguments: [String], format: String) throws {
        process.executableURL = URL(fileURLWithPath: helpdesk)
        process.arguments = ["console", "--format", format] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        isAnswerEnd =
            format == "json"
            ? { $0.hasPrefix("{") && $0.contains("\"type\":\"answer\"") }
            : { $0.contains(" · log #") }
        try process.run()
    }

    /// Reads one line of output; `nil` at the end.
    private func readLine() -> String? {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Waits until the console shows its first prompt's worth of output (the conversation started).
    func waitUntilReady(marker: (String) -> Bool) -> Bool {
        while let line = readLine() {
            if marker(line) { return true }
        }
        return false
    }

    /// Sends `message` and returns the seconds until its answer was read, or `nil` if the console ended.
    func time(_ message: String) -> Double? {
        let start = DispatchTime.now().uptimeNanoseconds
        input.fileHandleForWriting.write(Data((message + "\n").utf8))
        while let line = readLine() {
            if isAnswerEnd(line) { return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        }
        return nil
    }

    func finish() {
        try? input.fileHandleForWriting.close()
        while readLine() != nil {}
        process.waitUntilExit()
    }
}
