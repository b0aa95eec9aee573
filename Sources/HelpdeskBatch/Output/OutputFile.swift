import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file (or standard output) written through a buffer, flushed in large writes.
public final class OutputFile {
    /// Why output could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let name: String
    private var buffer: [UInt8] = []
    private static let flushThreshold = 256 * 1024

    /// Standard output.
    public static func standardOutput() -> OutputFile { OutputFile(descriptor: STDOUT_FILENO, name: "standard output") }

    private init(descriptor: Int32, name: String, owns: Bool = false) {
        self.descriptor = descriptor
        self.name = name
        self.ownsDescriptor = owns
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    /// Creates (or empties) the file at `path`.
    public convenience init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.init(descriptor: descriptor, name: path, owns: true)
    }

    deinit {
        try? flush()
        if ownsDescriptor { _ = close(descriptor) }
    }

    func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func append(_ text: String) throws { try append(Array(text.utf8)) }

    /// Writes what is buffered.
    public func flush() throws {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return write(descriptor, base + written, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                buffer.removeAll(keepingCapacity: true)
                throw Failure(description: "cannot write \(name): \(String(cString: strerror(errno)))")
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
