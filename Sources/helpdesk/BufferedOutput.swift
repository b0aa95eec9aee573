import ArgumentParser
import Foundation

/// Text written to standard output or a file in large chunks.
final class BufferedOutput {
    private static let chunk = 1 << 16
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []

    /// Standard output when `path` is `nil`, else the file (created or emptied).
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            ownsHandle = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            Console.error("cannot write \(path)")
            throw ExitCode(1)
        }
        handle = file
        ownsHandle = true
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and closes a file.
    func finish() throws {
        flush()
        if ownsHandle { try handle.close() }
    }
}
