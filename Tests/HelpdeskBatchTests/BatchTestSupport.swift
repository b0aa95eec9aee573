import Foundation
import HelpdeskBatch
import HelpdeskCore
import XCTest

/// A folder under the system temporary directory, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpdesk-batch-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = path(name)
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The repository's root, for the knowledge base and the sample transcripts.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let londonTimestamps = TranscriptTimestamp(localZone: TimeZone(identifier: "Europe/London") ?? .current)

/// Every item a reader yields.
func readAll(_ reader: any TranscriptReader) -> (lines: [TranscriptLine], problems: [TranscriptProblem]) {
    var lines: [TranscriptLine] = []
    var problems: [TranscriptProblem] = []
    while let item = reader.next() {
        switch item {
        case .line(let line): lines.append(line)
        case .problem(let problem): problems.append(problem)
        }
    }
    return (lines, problems)
}

/// A UTC time from ISO-8601 text, failing the test when it is not one.
func utc(_ text: String) -> Date {
    guard let date = ISO8601.parse(text) else {
        XCTFail("bad test time \(text)")
        return Date(timeIntervalSince1970: 0)
    }
    return date
}
