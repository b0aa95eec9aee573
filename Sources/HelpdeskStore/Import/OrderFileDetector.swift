import Foundation
import HelpdeskCore

/// What an order file turned out to be: its format, its delimiter and where its header is.
struct DetectedOrderFile: Sendable, Equatable {
    var format: OrderFileFormat
    var csvFormat: CSVFormat
    /// The 1-based physical line of the header; the lines before it are a preamble.
    var headerLine: Int
}

/// Finds the header of an order file among its first lines and tells its format and delimiter.
///
/// Lines before the header are a preamble and are passed over: blank lines, a spreadsheet's
/// `sep=,` hint (which also names the delimiter), and notes such as eBay's report title. The
/// header is the first line whose names, split at a tab, a semicolon or a comma, make one of the
/// formats' signatures (see ``MarketplaceLayout/signatures``; Helpdesk's CSV has `order_number`
/// and `state`).
enum OrderFileDetector {
    /// How many lines are searched for a header.
    static let maxPreambleLines = 30
    /// How many bytes of a file are read for detection.
    static let prefixBytes = 64 * 1024

    /// The formats tried, in order.
    static let formats: [OrderFileFormat] = [.helpdesk, .shopify, .amazon, .ebay, .etsy]

    /// Detects the format of the text at the start of a file (`requested` limits the search to one
    /// format). With a requested format and no header of it, the first line that is not a preamble
    /// is taken as the header, so that the parser names the missing columns.
    ///
    /// - Throws: ``StoreError/emptyFile(file:)``, ``StoreError/unknownOrderFile(file:reason:)``.
    static func detect(prefix: String, requested: OrderFileFormat?, file: String) throws -> DetectedOrderFile {
        var preferred: UInt8?
        var firstCandidate: (line: Int, text: Substring)?
        var lineNumber = 0
        for rawLine in lines(of: prefix).prefix(maxPreambleLines) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.allSatisfy({ $0 == "," || $0 == ";" || $0 == "\t" || $0 == "\"" }) { continue }
            if let hint = separatorHint(line) {
                preferred = hint
                continue
            }
            if firstCandidate == nil { firstCandidate = (lineNumber, rawLine) }
            for delimiter in delimiters(preferred: preferred) where rawLine.utf8.contains(delimiter) {
                guard let csvFormat = CSVFormat(delimiter: Character(UnicodeScalar(delimiter))) else { continue }
                let names = headerNames(rawLine, csvFormat)
                for format in requested.map({ [$0] }) ?? formats where matches(format, names) {
                    return DetectedOrderFile(format: format, csvFormat: csvFormat, headerLine: lineNumber)
                }
            }
        }
        guard let firstCandidate else { throw StoreError.emptyFile(file: file) }
        if let requested {
            let delimiter = preferred ?? mostFrequentDelimiter(firstCandidate.text)
            let csvFormat = CSVFormat(delimiter: Character(UnicodeScalar(delimiter))) ?? .comma
            return DetectedOrderFile(format: requested, csvFormat: csvFormat, headerLine: firstCandidate.line)
        }
        throw StoreError.unknownOrderFile(
            file: file,
            reason:
                "none of its first \(min(lineNumber, maxPreambleLines)) lines is the header of a Helpdesk, Shopify, "
                + "Amazon, eBay or Etsy order file; name the kind with --format")
    }

    /// Detects the format of the file at `path` from its first ``prefixBytes`` bytes.
    static func detect(path: String, requested: OrderFileFormat?) throws -> DetectedOrderFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadableFile(file: path, reason: "cannot open it")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: prefixBytes) ?? Data()
        } catch {
            throw StoreError.unreadableFile(file: path, reason: error.localizedDescription)
        }
        return try detect(prefix: String(decoding: data, as: UTF8.self), requested: requested, file: path)
    }

    /// Whether a header with these names is `format`'s.
    static func matches(_ format: OrderFileFormat, _ names: Set<String>) -> Bool {
        if let layout = MarketplaceLayout.of(format) { return layout.matches(names) }
        return names.contains("order_number") && names.contains("state")
    }

    // MARK: - Lines

    /// The lines of `text` (LF, CRLF or CR), without a leading byte-order mark. A line cut off at
    /// the end of the prefix is left out unless it is the only one.
    private static func lines(of text: String) -> [Substring] {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        if lines.count > 1, text.last != "\n", text.last != "\r", text.last != "\r\n" { lines.removeLast() }
        return lines
    }

    /// The delimiter a `sep=;` line names (quoted or not), or `nil` when `line` is not one.
    private static func separatorHint(_ line: String) -> UInt8? {
        let bare = line.replacingOccurrences(of: "\"", with: "").lowercased()
        guard bare.hasPrefix("sep="), bare.utf8.count == 5, let byte = bare.utf8.last else { return nil }
        return byte
    }

    private static let tab = UInt8(ascii: "\t")
    private static let semicolon = UInt8(ascii: ";")
    private static let comma = UInt8(ascii: ",")

    private static func delimiters(preferred: UInt8?) -> [UInt8] {
        var result = [tab, semicolon, comma]
        if let preferred {
            result.removeAll { $0 == preferred }
            result.insert(preferred, at: 0)
        }
        return result
    }

    private static func mostFrequentDelimiter(_ line: Substring) -> UInt8 {
        [tab, semicolon, comma].max { a, b in
            line.utf8.lazy.filter { $0 == a }.count < line.utf8.lazy.filter { $0 == b }.count
        } ?? comma
    }

    /// The lower-cased, trimmed names of a header line read with `csvFormat`.
    private static func headerNames(_ line: Substring, _ csvFormat: CSVFormat) -> Set<String> {
        guard let record = try? CSVReader(string: String(line), format: csvFormat).next() else { return [] }
        return Set(CSVHeader(record).names.map { $0.lowercased() })
    }
}
