import Foundation
import HelpdeskCore

/// Reads JSON Lines transcripts: one object per line with `conversation_id`, `timestamp`, `role`,
/// `text` and optionally `via`; other keys are ignored, blank lines skipped.
public final class JSONLinesTranscriptReader: TranscriptReader {
    private let lines: ByteLineReader?
    private var openProblem: TranscriptProblem?
    private let checks: TranscriptFieldChecks
    /// The fields of the line read last, kept so that each line reuses their storage.
    private var fields: [String?] = []
    private static let wantedKeys = FlatJSONObject.WantedKeys(TranscriptFieldChecks.fieldNames)

    /// A reader of the file at `path`; a file that cannot be opened yields one problem.
    public init(path: String, timestamps: TranscriptTimestamp) {
        checks = TranscriptFieldChecks(source: path, timestamps: timestamps)
        do {
            lines = try ByteLineReader(path: path, maximumLineBytes: TranscriptLimits.maximumLineBytes)
        } catch {
            lines = nil
            openProblem = error
        }
    }

    public var bytesRead: Int { lines?.bytesRead ?? 0 }

    public func next() -> TranscriptItem? {
        if let problem = openProblem {
            openProblem = nil
            return .problem(problem)
        }
        guard let lines else { return nil }
        while let item = lines.next() {
            switch item {
            case .failed(let reason):
                return .problem(TranscriptProblem(source: lines.path, line: nil, reason: reason))
            case .oversized(let number, let length):
                return .problem(TranscriptTooLong.problem(source: lines.path, line: number, length: length))
            case .line(let bytes, let number):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return parse(bytes, number: number)
            }
        }
        return nil
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> TranscriptItem {
        // Filled in a local variable (its storage moved out and back, never copied): a class's
        // stored property would be checked for exclusive access on every use.
        var fields: [String?] = []
        swap(&fields, &self.fields)
        defer { swap(&fields, &self.fields) }
        do {
            try FlatJSONObject.fields(bytes, wanted: Self.wantedKeys, into: &fields)
            return checks.line(fields, at: number)
        } catch let error as FlatJSONObject.InvalidText {
            return .problem(
                TranscriptProblem(source: checks.source, line: number, field: error.field, reason: "not valid UTF-8"))
        } catch let error as FlatJSONObject.SyntaxError {
            return .problem(
                TranscriptProblem(
                    source: checks.source, line: number, reason: "not a JSON object: \(error.reason) (column \(error.column))"))
        } catch {
            return .problem(TranscriptProblem(source: checks.source, line: number, reason: "\(error)"))
        }
    }
}

/// Bounds on what a transcript line may hold.
enum TranscriptLimits {
    /// The longest line read: a message at its longest, with room for escapes and the other
    /// fields. Longer lines are skipped and reported without being held in memory.
    static let maximumLineBytes = MessageLimits.maximumBytes * 4 + 4096
}

/// The problem reported for a line too long to hold.
enum TranscriptTooLong {
    static func problem(source: String, line: Int, length: Int) -> TranscriptProblem {
        TranscriptProblem(
            source: source, line: line,
            reason: "line is \(length) bytes; a message may have at most \(MessageLimits.maximumBytes) bytes")
    }
}
