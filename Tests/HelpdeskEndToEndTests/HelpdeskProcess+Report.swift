import Foundation
import HelpdeskReports
import HelpdeskStore
import XCTest

extension HelpdeskProcess {
    /// Runs `helpdesk report --format json ARGS` on this process's database and decodes the
    /// report; fails the test when the command fails.
    func report(_ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> ExchangeReport {
        let result = try run(["report", "--format", "json"] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return try JSONDecoder().decode(ExchangeReport.self, from: Data(result.stdout.utf8))
    }

    /// Runs `helpdesk report --format json ARGS` on the database at `path` (one a batch run filled,
    /// say) with the repository's knowledge base, and decodes the report.
    static func report(database path: String, _ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line)
        throws -> ExchangeReport
    {
        let process = Process()
        process.executableURL = binary
        process.arguments =
            ["report", "--format", "json"] + arguments + [
                "--db", path, "--kb", root.appendingPathComponent("KnowledgeBase").path,
            ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "helpdesk report failed on \(path)", file: file, line: line)
        return try JSONDecoder().decode(ExchangeReport.self, from: data)
    }

    /// The database the commands use, opened through the store (to fill it in tests).
    func openDatabase() throws -> AppDatabase {
        try AppDatabase(path: database.path)
    }
}
