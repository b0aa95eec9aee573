import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming RFC 4180 CSV reader that works on bytes.
///
/// It understands quoted fields, doubled quotes inside them, CRLF, LF and lone-CR line ends, line
/// breaks inside quoted fields, a leading UTF-8 byte-order mark, and any single-byte delimiter
/// (see ``CSVFormat``). A file is read in chunks into one reusable buffer, so memory stays flat
/// whatever the file's size (a buffer grows only to hold the longest single record).
///
/// Every record carries the physical line it starts on, for error messages. A field that is not
/// valid UTF-8 does not stop reading: the record lists it in ``CSVRecord/invalidUTF8Fields``.
/// Deviations a spreadsheet may produce are read leniently: a quote inside an unquoted field is
/// kept as a character, and text after a closing quote is appended to the field.
///
/// ```swift
/// let reader = try CSVReader(path: "orders.csv")
/// while let record = try reader.next() {
///     print(record.line, record.fields)
/// }
/// ```
///
/// A reader is a cursor with mutable state: use it from one task at a time.
public final class CSVReader {
    /// The default number of bytes read from a file at a time.
    public static let defaultChunkSize = 256 * 1024

    /// The dialect being read.
    public let format: CSVFormat
    /// The file path, or a name given for in-memory input; used in errors.
    public let sourceName: String
    /// When set, only the fields at positions marked `true` are decoded; the others read as empty
    /// strings (the record keeps its field count). A reader of a wide file that needs a few of its
    /// columns (Shopify's export has 70) saves most of its work. Blank-line detection and UTF-8
    /// checks then see only the decoded fields.
    public var decodedColumns: [Bool]?

    private enum Source {
        case file(descriptor: Int32)
        case memory
    }

    private let source: Source
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes `start..<end` of `storage` are read but not yet parsed.
    private var start = 0
    private var end: Int
    private var reachedEOF: Bool
    private var nextLine = 1
    private var atStreamStart = true
    private var spans: [FieldSpan] = []
    private var scratch: [UInt8] = []

    /// Opens the file at `path` for reading in chunks of `chunkSize` bytes.
    ///
    /// - Throws: ``CSVError/cannotOpen(path:reason:)``.
    public init(path: String, format: CSVFormat = .comma, chunkSize: Int = CSVReader.defaultChunkSize) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CSVError.cannotOpen(path: path, reason: Self.lastErrorText()) }
        let capacity = max(chunkSize, 64)
        self.source = .file(descriptor: descriptor)
        self.storage = .allocate(capacity: capacity)
        self.capacity = capacity
        self.end = 0
        self.reachedEOF = false
        self.format = format
        self.sourceName = path
    }

    /// Reads CSV held in memory. `name` is used in error messages.
    public init(data: Data, format: CSVFormat = .comma, name: String = "<data>") {
        let capacity = max(data.count, 1)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        data.copyBytes(to: storage, count: data.count)
        self.source = .memory
        self.storage = storage
        self.capacity = capacity
        self.end = data.count
        self.reachedEOF = true
        self.format = format
        self.sourceName = name
    }

    /// Reads CSV held in a string. `name` is used in error messages.
    public convenience init(string: String, format: CSVFormat = .comma, name: String = "<string>") {
        self.init(data: Data(string.utf8), format: format, name: name)
    }

    deinit {
        if case .file(let descriptor) = source { _ = close(descriptor) }
        storage.deallocate()
    }

    /// The physical line the next record starts on (1-based).
    public var currentLine: Int { nextLine }

    /// The next record, or `nil` at the end of the input.
    ///
    /// - Throws: ``CSVError/unterminatedQuote(line:)`` when the input ends inside a quoted field
    ///   (after which the reader is at its end), ``CSVError/readFailed(path:reason:)``.
    public func next() throws -> CSVRecord? {
        switch try scanNext(into: nil) {
        case .record(let record): record
        default: nil
        }
    }

    /// Reads the next record into `record`, reusing its storage, or returns `false` at the end of
    /// the input (leaving `record` as it was). In a loop over a large file this spares allocating
    /// and freeing the fields of every record; with ``decodedColumns`` set, a column that is not
    /// decoded costs next to nothing. Keep `record` the only holder of its fields, or they are
    /// copied.
    ///
    /// - Throws: as ``next()``.
    public func next(into record: inout CSVRecord) throws -> Bool {
        try withUnsafeMutablePointer(to: &record) { target in
            if case .filled = try scanNext(into: target) { return true }
            return false
        }
    }

    /// Scans the next record and builds it (`target` is `nil`) or writes it into `target`; `.end`
    /// at the end of the input.
    private func scanNext(into target: UnsafeMutablePointer<CSVRecord>?) throws -> Scan {
        while true {
            if atStreamStart {
                if end - start < 3 && !reachedEOF {
                    try fill()
                    continue
                }
                if end - start >= 3 && storage[start] == 0xEF && storage[start + 1] == 0xBB
                    && storage[start + 2] == 0xBF
                {
                    start += 3
                }
                atStreamStart = false
            }
            if start == end {
                if reachedEOF { return .end }
                try fill()
                continue
            }
            switch try scanRecord(into: target) {
            case .skipped: continue
            case .needMore: try fill()
            case let scanned: return scanned
            }
        }
    }

    /// Reads every remaining record into an array (for small inputs; prefer ``next()`` for files).
    public func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    // MARK: - Buffer

    /// Moves the unparsed bytes to the front, grows the buffer when it is full, and reads more.
    private func fill() throws {
        guard case .file(let descriptor) = source, !reachedEOF else {
            reachedEOF = true
            return
        }
        if start > 0 {
            let pending = end - start
            if pending > 0 { storage.update(from: storage + start, count: pending) }
            end = pending
            start = 0
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.initialize(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        while true {
            let count = read(descriptor, storage + end, capacity - end)
            if count > 0 {
                end += count
                return
            }
            if count == 0 {
                reachedEOF = true
                return
            }
            if errno == EINTR { continue }
            throw CSVError.readFailed(path: sourceName, reason: Self.lastErrorText())
        }
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }

    // MARK: - Parsing

    private struct FieldSpan {
        enum Kind {
            /// Bytes as they are.
            case plain
            /// `"…"` with no quote inside: the bytes between the quotes.
            case quoted
            /// Quoted with doubled quotes or trailing text: needs unescaping.
            case quotedComplex
        }

        var start: Int
        var end: Int
        var kind: Kind
        var isASCII: Bool
    }

    private enum Scan {
        case record(CSVRecord)
        /// Written into the record given.
        case filled
        case skipped
        case needMore
        case end
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Scans one record starting at `start` and returns it, or writes it into `target` (see
    /// ``fill(_:line:spans:)``). Returns `.needMore` when the buffered bytes end before the record does
    /// (and more input may follow); nothing is consumed in that case.
    private func scanRecord(into target: UnsafeMutablePointer<CSVRecord>?) throws -> Scan {
        let base = storage
        let end = self.end
        let eof = reachedEOF
        let delimiter = format.delimiter
        let quote = Self.quote
        let lineFeed = Self.lineFeed
        let carriageReturn = Self.carriageReturn
        let line = nextLine
        var extraLines = 0
        var p = start

        if format.skipsEmptyLines {
            let byte = base[p]
            if byte == lineFeed {
                start = p + 1
                nextLine += 1
                return .skipped
            }
            if byte == carriageReturn {
                if p + 1 < end {
                    start = p + (base[p + 1] == lineFeed ? 2 : 1)
                } else if !eof {
                    return .needMore
                } else {
                    start = p + 1
                }
                nextLine += 1
                return .skipped
            }
        }

        // Appended to as a local (a class's stored property is checked for exclusive access at
        // every use), and put back whichever way the scan ends.
        var spans = self.spans
        self.spans = []
        spans.removeAll(keepingCapacity: true)
        defer { self.spans = spans }
        while true {
            let fieldStart = p
            var highBits: UInt8 = 0
            let kind: FieldSpan.Kind
            if p < end && base[p] == quote {
                p += 1
                var closed = false
                var escaped = false
                while p < end {
                    let byte = base[p]
                    if byte == quote {
                        if p + 1 < end {
                            if base[p + 1] == quote {
                                escaped = true
                                p += 2
                                continue
                            }
                        } else if !eof {
                            return .needMore
                        }
                        closed = true
                        p += 1
                        break
                    }
                    if byte == lineFeed { extraLines += 1 }
                    highBits |= byte
                    p += 1
                }
                if !closed {
                    guard eof else { return .needMore }
                    start = end
                    throw CSVError.unterminatedQuote(line: line)
                }
                let afterQuote = p
                while p < end {
                    let byte = base[p]
                    if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
                    highBits |= byte
                    p += 1
                }
                if p == end && !eof { return .needMore }
                kind = (escaped || p != afterQuote) ? .quotedComplex : .quoted
            } else {
                while p < end {
                    let byte = base[p]
                    if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
                    highBits |= byte
                    p += 1
                }
                if p == end && !eof { return .needMore }
                kind = .plain
            }
            spans.append(FieldSpan(start: fieldStart, end: p, kind: kind, isASCII: highBits & 0x80 == 0))

            if p == end { break }
            let byte = base[p]
            if byte == delimiter {
                p += 1
                continue
            }
            if byte == lineFeed {
                p += 1
                break
            }
            if p + 1 < end {
                p += base[p + 1] == lineFeed ? 2 : 1
            } else if !eof {
                return .needMore
            } else {
                p += 1
            }
            break
        }

        if let target {
            start = p
            nextLine = line + 1 + extraLines
            fill(&target.pointee, line: line, spans: spans)
            return .filled
        }
        var fields: [String] = []
        fields.reserveCapacity(spans.count)
        var invalid: [Int] = []
        for index in spans.indices {
            if let decodedColumns, index >= decodedColumns.count || !decodedColumns[index] {
                fields.append("")
                continue
            }
            let span = spans[index]
            let decoded: (text: String, valid: Bool)
            switch span.kind {
            case .plain:
                decoded = Self.decode(
                    UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), isASCII: span.isASCII)
            case .quoted:
                decoded = Self.decode(
                    UnsafeBufferPointer(start: base + span.start + 1, count: span.end - span.start - 2),
                    isASCII: span.isASCII)
            case .quotedComplex:
                decoded = unescape(
                    UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), isASCII: span.isASCII)
            }
            fields.append(decoded.text)
            if !decoded.valid { invalid.append(index) }
        }
        start = p
        nextLine = line + 1 + extraLines
        return .record(CSVRecord(line: line, fields: fields, invalidUTF8Fields: invalid))
    }

    /// Puts a scanned record into `record`, in place (its fields made as many first, if need be):
    /// only the columns of ``decodedColumns`` are decoded, any other is emptied if it is not.
    private func fill(_ record: inout CSVRecord, line: Int, spans: [FieldSpan]) {
        let decodedColumns = self.decodedColumns
        if record.fields.count != spans.count {
            record.fields = Array(repeating: "", count: spans.count)
        }
        record.line = line
        var invalid: [Int] = []
        record.fields.withUnsafeMutableBufferPointer { fields in
            for index in spans.indices {
                if let decodedColumns, index >= decodedColumns.count || !decodedColumns[index] {
                    if !fields[index].isEmpty { fields[index] = "" }
                    continue
                }
                let decoded = decode(spans[index])
                fields[index] = decoded.text
                if !decoded.valid { invalid.append(index) }
            }
        }
        record.invalidUTF8Fields = invalid
    }

    /// The text of a scanned field, and whether its bytes were valid UTF-8.
    private func decode(_ span: FieldSpan) -> (text: String, valid: Bool) {
        let base = storage
        switch span.kind {
        case .plain:
            return Self.decode(
                UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), isASCII: span.isASCII)
        case .quoted:
            return Self.decode(
                UnsafeBufferPointer(start: base + span.start + 1, count: span.end - span.start - 2),
                isASCII: span.isASCII)
        case .quotedComplex:
            return unescape(
                UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), isASCII: span.isASCII)
        }
    }

    /// Removes the quoting of a raw quoted field: quotes toggle quoting, `""` inside quotes is one
    /// quote, everything else is kept.
    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> (text: String, valid: Bool) {
        scratch.removeAll(keepingCapacity: true)
        var inQuotes = false
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == Self.quote {
                if inQuotes && index + 1 < raw.count && raw[index + 1] == Self.quote {
                    scratch.append(Self.quote)
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else {
                scratch.append(byte)
            }
            index += 1
        }
        return scratch.withUnsafeBufferPointer { Self.decode($0, isASCII: isASCII) }
    }

    /// Decodes UTF-8, repairing invalid sequences with U+FFFD and saying whether any were found.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> (text: String, valid: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        if isASCII { return (text, true) }
        let valid = text.utf8.count == bytes.count && text.utf8.elementsEqual(bytes)
        return (text, valid)
    }
}

@available(*, unavailable)
extension CSVReader: Sendable {}
