import Foundation

/// What reading a line gave.
enum LineRead: Equatable {
    case line(String)
    /// The input ended (Ctrl-D on a terminal, the end of a piped script).
    case endOfInput
    /// Ctrl-C on an empty line.
    case interrupted
}

/// Where the console's lines come from.
protocol LineReader: AnyObject {
    /// Whether a person types at a terminal (prompts and the status line are shown to them).
    var isInteractive: Bool { get }
    /// Whether a line is already waiting to be read (then the console has no idle moment).
    var hasPendingInput: Bool { get }
    /// Shows `prompt` (when interactive) and reads one line.
    func read(prompt: ConsolePrompt) -> LineRead
}

/// The prompt, with and without colour.
struct ConsolePrompt {
    var plain: String
    /// The prompt with colour escapes, each escape sequence between two `\u{1}` marks so that the
    /// line editor does not count it as printed width.
    var marked: String
}

/// Reads lines from standard input as they come, for scripts and pipes. Reads the file
/// descriptor directly so that Ctrl-C stops a read that waits for more input.
final class PlainLineReader: LineReader {
    let isInteractive = false
    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var ended = false

    init(descriptor: Int32 = STDIN_FILENO) { self.descriptor = descriptor }

    var hasPendingInput: Bool {
        if ended || pending.contains(UInt8(ascii: "\n")) { return true }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    func read(prompt: ConsolePrompt) -> LineRead {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[..<newline]
                pending.removeSubrange(...newline)
                return .line(Self.text(line))
            }
            if ended {
                guard !pending.isEmpty else { return .endOfInput }
                defer { pending.removeAll() }
                return .line(Self.text(pending[...]))
            }
            if InterruptSignal.received { return .interrupted }
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: chunk[..<count])
            } else if count == 0 || errno != EINTR {
                ended = true
            }
        }
    }

    /// A line's text without a trailing carriage return.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
