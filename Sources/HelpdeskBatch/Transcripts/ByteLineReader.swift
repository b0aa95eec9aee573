import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file line by line as bytes, in chunks into one reusable buffer, so that memory stays
/// flat however large the file. A line longer than `maximumLineBytes` is not held: it is skipped
/// up to its end and reported with its length. Line ends are LF or CRLF; a UTF-8 byte-order mark
/// at the start is dropped.
final class ByteLineReader {
    /// What the reader found next.
    enum Item {
        /// A line's bytes (without its end), valid until the next call.
        case line(UnsafeBufferPointer<UInt8>, number: Int)
        /// A line too long to hold, with its length in bytes.
        case oversized(number: Int, length: Int)
        /// Reading failed; nothing more will be read.
        case failed(String)
    }

    let path: String
    let maximumLineBytes: Int
    private let descriptor: Int32
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var start = 0
    private var end = 0
    private var reachedEOF = false
    private var failed = false
    private var lineNumber = 0
    private var atFileStart = true
    /// Bytes read from the file so far.
    private(set) var bytesRead = 0

    /// Opens `path`; throws a sentence naming the file when it cannot be opened.
    init(path: String, maximumLineBytes: Int, chunkBytes: Int = 1 << 20) throws(TranscriptProblem) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw TranscriptProblem(source: path, line: nil, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.descriptor = descriptor
        self.maximumLineBytes = maximumLineBytes
        self.capacity = max(chunkBytes, maximumLineBytes + 2)
        self.storage = .allocate(capacity: capacity)
    }

    deinit {
        _ = close(descriptor)
        storage.deallocate()
    }

    /// The next line, or `nil` at the end of the file.
    func next() -> Item? {
        if failed { return nil }
        while true {
            if let newline = findNewline() {
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > start && storage[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let line = UnsafeBufferPointer(start: storage + start, count: lineEnd - start)
                start = newline + 1
                if line.count > maximumLineBytes { return .oversized(number: lineNumber, length: line.count) }
                return .line(line, number: lineNumber)
            }
            if reachedEOF {
                guard start < end else { return nil }
                lineNumber += 1
                let line = UnsafeBufferPointer(start: storage + start, count: end - start)
                start = end
                if line.count > maximumLineBytes { return .oversized(number: lineNumber, length: line.count) }
                return .line(line, number: lineNumber)
            }
            if end - start > maximumLineBytes {
                lineNumber += 1
                return skipOversizedLine()
            }
            if let error = fill() {
                failed = true
                return .failed(error)
            }
        }
    }

    private func findNewline() -> Int? {
        guard start < end else { return nil }
        guard let found = memchr(storage + start, Int32(UInt8(ascii: "\n")), end - start) else { return nil }
        return UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - storage
    }

    /// Discards the rest of a line already longer than the limit and reports its length.
    private func skipOversizedLine() -> Item {
        var length = end - start
        start = end
        while true {
            if let error = fill() {
                failed = true
                return .failed(error)
            }
            if let newline = findNewline() {
                length += newline - start
                start = newline + 1
                return .oversized(number: lineNumber, length: length)
            }
            length += end - start
            start = end
            if reachedEOF { return .oversized(number: lineNumber, length: length) }
        }
    }

    /// Moves unread bytes to the front and reads more; returns an error text on failure.
    private func fill() -> String? {
        if start > 0 {
            let unread = end - start
            if unread > 0 { memmove(storage, storage + start, unread) }
            start = 0
            end = unread
        }
        while end < capacity {
            let count = read(descriptor, storage + end, capacity - end)
            if count < 0 {
                if errno == EINTR { continue }
                return "read failed: \(String(cString: strerror(errno)))"
            }
            if count == 0 {
                reachedEOF = true
                break
            }
            end += count
            bytesRead += count
            break
        }
        if atFileStart && end >= 3 && storage[0] == 0xEF && storage[1] == 0xBB && storage[2] == 0xBF {
            start = 3
        }
        if end >= 3 || reachedEOF { atFileStart = false }
        return nil
    }
}
