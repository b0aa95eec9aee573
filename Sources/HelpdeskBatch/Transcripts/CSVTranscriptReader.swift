import Foundation
import HelpdeskCore

/// Reads CSV transcripts: a header naming `conversation_id`, `timestamp`, `role`, `text` and
/// optionally `via` (in any order, any case), then one message per record.
public final class CSVTranscriptReader: TranscriptReader {
    private let path: String
    private let checks: TranscriptFieldChecks
    private var reader: CSVReader?
    private var columns: [Int?] = []
    private var pending: TranscriptProblem?
    private var finished = false

    /// A reader of the file at `path`; a file that cannot be opened, or a header without the
    /// needed columns, yields one problem.
    public init(path: String, timestamps: TranscriptTimestamp) {
        self.path = path
        checks = TranscriptFieldChecks(source: path, timestamps: timestamps)
        do {
            let reader = try CSVReader(path: path)
            guard let header = try reader.next() else {
                finished = true
                return
            }
            let names = CSVHeader(header)
            columns = TranscriptFieldChecks.fieldNames.map { names.index(of: $0) }
            let missing = zip(TranscriptFieldChecks.fieldNames, columns).filter { $0.0 != "via" && $0.1 == nil }.map(\.0)
            if !missing.isEmpty {
                pending = TranscriptProblem(
                    source: path, line: header.line,
                    reason: "the header has no column \(missing.joined(separator: ", ")) (found: \(names.names.joined(separator: ", ")))")
                finished = true
                return
            }
            self.reader = reader
        } catch {
            pending = TranscriptProblem(source: path, line: nil, reason: "\(error)")
            finished = true
        }
    }

    /// Not known while reading: the CSV reader does not say.
    public var bytesRead: Int { 0 }

    public func next() -> TranscriptItem? {
        if let problem = pending {
            pending = nil
            return .problem(problem)
        }
        guard !finished, let reader else { return nil }
        do {
            while let record = try reader.next() {
                if record.isBlank { continue }
                let fields = columns.map { $0.flatMap { record[$0] } }
                if let invalid = record.invalidUTF8Fields.first(where: { columns.contains($0) }),
                    let position = columns.firstIndex(of: invalid)
                {
                    return .problem(
                        TranscriptProblem(
                            source: path, line: record.line, field: TranscriptFieldChecks.fieldNames[position],
                            reason: "not valid UTF-8"))
                }
                return checks.line(fields, at: record.line)
            }
        } catch {
            finished = true
            return .problem(TranscriptProblem(source: path, line: reader.currentLine, reason: "\(error)"))
        }
        finished = true
        return nil
    }
}
