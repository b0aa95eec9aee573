import Foundation

/// The transcript formats a batch reads.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    /// One JSON object per line.
    case jsonLines = "jsonl"
    /// `[time] Speaker: text` lines, one conversation per file.
    case plainText = "text"
    /// A header and one message per record, with the JSON Lines fields.
    case csv

    /// The format a file's name says (`.jsonl`, `.ndjson`, `.json`, `.txt`, `.log`, `.csv`), or `nil`.
    public init?(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": self = .jsonLines
        case "txt", "log", "transcript": self = .plainText
        case "csv": self = .csv
        default: return nil
        }
    }

    /// A reader of `path` in this format.
    public func reader(path: String, timestamps: TranscriptTimestamp) -> any TranscriptReader {
        switch self {
        case .jsonLines: JSONLinesTranscriptReader(path: path, timestamps: timestamps)
        case .plainText: PlainTranscriptReader(path: path, timestamps: timestamps)
        case .csv: CSVTranscriptReader(path: path, timestamps: timestamps)
        }
    }
}

/// The transcript files named on a command line: files as given, folders searched (recursively,
/// in name order) for files whose extension names a format. Hidden files and documentation
/// (`.md`) are left out.
public enum TranscriptFiles {
    /// A file to read and its format.
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var format: TranscriptFormat
    }

    /// The files to read, and problems with the paths given (missing, unknown format).
    public static func expand(_ paths: [String]) -> (files: [Entry], problems: [TranscriptProblem]) {
        var files: [Entry] = []
        var problems: [TranscriptProblem] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(TranscriptProblem(source: path, line: nil, reason: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                if let format = TranscriptFormat(fileName: path) {
                    files.append(Entry(path: path, format: format))
                } else {
                    problems.append(
                        TranscriptProblem(
                            source: path, line: nil, reason: "unknown transcript format (use .jsonl, .txt or .csv)"))
                }
                continue
            }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for relative in found {
                let name = URL(fileURLWithPath: relative).lastPathComponent
                if name.hasPrefix(".") || relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                guard let format = TranscriptFormat(fileName: name) else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                // A file that cannot be read is taken too: its reader reports it.
                if !isFolder(full) { files.append(Entry(path: full, format: format)) }
            }
        }
        return (files, problems)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
