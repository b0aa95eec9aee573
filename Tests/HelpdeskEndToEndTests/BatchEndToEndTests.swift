import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// `helpdesk batch` as a user runs it: the built binary, a real database file, real transcripts.
final class BatchEndToEndTests: XCTestCase {
    /// A JSON Lines transcript of `conversations` conversations of four lines each (three
    /// customer messages and one agent line).
    private func transcript(_ process: HelpdeskProcess, conversations: Int) throws -> (URL, customer: Int, other: Int) {
        var lines: [String] = []
        lines.reserveCapacity(conversations * 4)
        let texts = ["where is my order #1042?", "and when will it arrive?", "I connected my eBay store, no orders yet"]
        for conversation in 0..<conversations {
            let minute = conversation % 50
            for (index, role) in ["customer", "agent", "customer", "customer"].enumerated() {
                let text = role == "agent" ? "Checking." : texts[(conversation + index) % texts.count]
                lines.append(
                    #"{"conversation_id":"c\#(conversation)","timestamp":"2025-03-04T10:\#(String(format: "%02d", minute)):0\#(index)Z","role":"\#(role)","text":"\#(text)"}"#
                )
            }
        }
        let url = try process.write("big.jsonl", lines.joined(separator: "\n") + "\n")
        return (url, conversations * 3, conversations)
    }

    private func count(_ database: URL, _ sql: String) throws -> Int {
        let result = try CleanSpawn.run(["sqlite3", database.path, sql])
        XCTAssertEqual(result.status, 0, result.errors)
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func testARunKilledMidwayAndRunAgainLogsEveryMessageExactlyOnce() throws {
        let process = try HelpdeskProcess()
        try process.run(["demo", "--now", "2025-03-04T09:00:00Z"])
        let (file, customer, other) = try transcript(process, conversations: 6000)
        let batch = Process()
        batch.executableURL = HelpdeskProcess.binary
        batch.arguments = [
            "batch", file.path, "--quiet", "--chunk", "200", "--db", process.database.path, "--kb", process.knowledgeBase.path,
        ]
        batch.standardOutput = FileHandle.nullDevice
        batch.standardError = FileHandle.nullDevice
        try batch.run()
        // Kill it (SIGKILL: no chance to tidy up) once some transactions are committed.
        let deadline = Date().addingTimeInterval(60)
        var logged = 0
        while Date() < deadline && batch.isRunning {
            logged = (try? count(process.database, "SELECT COUNT(*) FROM exchanges WHERE via = 'batch'")) ?? 0
            if logged >= 1000 { break }
            usleep(20_000)
        }
        XCTAssertTrue(batch.isRunning, "the batch ended before it could be killed; make the transcript longer")
        kill(batch.processIdentifier, SIGKILL)
        batch.waitUntilExit()
        XCTAssertEqual(batch.terminationReason, .uncaughtSignal)
        let afterKill = try count(process.database, "SELECT COUNT(*) FROM exchanges WHERE via = 'batch'")
        XCTAssertGreaterThan(afterKill, 0)
        XCTAssertLessThan(afterKill, customer)

        let again = try process.run(["batch", file.path, "--quiet", "--summary", "json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let summary = try HelpdeskProcess.json(again.stdout)
        XCTAssertEqual(summary["messages"] as? Int, customer)
        XCTAssertEqual(summary["errors"] as? Int, 0)
        let alreadyLogged = try XCTUnwrap(summary["already_logged"] as? Int)
        XCTAssertGreaterThanOrEqual(alreadyLogged, afterKill)
        XCTAssertEqual((summary["newly_logged"] as? Int ?? 0) + alreadyLogged, customer + other)
        XCTAssertEqual(try count(process.database, "SELECT COUNT(*) FROM exchanges WHERE via = 'batch'"), customer)
        XCTAssertEqual(try count(process.database, "SELECT COUNT(DISTINCT source_key) FROM exchanges WHERE via = 'batch'"), customer)
        XCTAssertEqual(try count(process.database, "SELECT COUNT(*) FROM transcript_lines"), other)
    }

    func testBadInputIsReportedByFileAndLineAndSetsTheExitStatus() throws {
        let process = try HelpdeskProcess()
        let good = #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"refund"}"#
        let file = try process.write("mixed.jsonl", [good, "not json", good.replacingOccurrences(of: "\"c\"", with: "\"d\"")].joined(separator: "\n"))
        let output = process.folder.appendingPathComponent("results.csv")
        let result = try process.run(["batch", file.path, process.folder.appendingPathComponent("nothing-here.jsonl").path, "--out", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("mixed.jsonl:2: not a JSON object"), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing-here.jsonl: no such file or folder"), result.stderr)
        XCTAssertTrue(result.stdout.contains("2 customer messages answered"), result.stdout)
        XCTAssertTrue(result.stdout.contains("errors: 2"), result.stdout)
        let csv = try String(contentsOf: output, encoding: .utf8).split(separator: "\r\n")
        XCTAssertEqual(csv.count, 3)
        XCTAssertTrue(csv[0].hasPrefix("source,line,conversation_id,message_index,timestamp,language,intent"))
        XCTAssertTrue(csv[1].contains(",refund,"), String(csv[1]))

        let clean = try process.run(["batch", process.write("ok.jsonl", good).path, "--quiet"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
    }

    func testCompareNamesTheMessagesAnotherKnowledgeBaseAnswersDifferently() throws {
        let process = try HelpdeskProcess()
        let other = process.folder.appendingPathComponent("kb-next")
        try FileManager.default.copyItem(at: process.knowledgeBase, to: other)
        let factsFile = other.appendingPathComponent("facts.yaml")
        let facts = try String(contentsOf: factsFile, encoding: .utf8)
        try facts.replacingOccurrences(of: "id: import_interval\n    value: 30m", with: "id: import_interval\n    value: 15m")
            .write(to: factsFile, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try String(contentsOf: factsFile, encoding: .utf8), facts, "the fact to change was not found")
        let file = try process.write(
            "chats.jsonl",
            [
                #"{"conversation_id":"a","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"how often do you sync orders?"}"#,
                #"{"conversation_id":"b","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"I want to talk to a real person"}"#,
            ].joined(separator: "\n"))
        let result = try process.run(["batch", file.path, "--compare", other.path, "--summary", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let differences = result.stdout.split(separator: "\n")
        XCTAssertEqual(differences.count, 1)
        let difference = try HelpdeskProcess.json(String(differences[0]))
        XCTAssertEqual(difference["conversation_id"] as? String, "a")
        XCTAssertEqual(difference["changed"] as? [String], ["answer"])
        let summary = try HelpdeskProcess.json(result.stderr)
        XCTAssertEqual(summary["changed"] as? Int, 1)
        XCTAssertEqual(summary["messages"] as? Int, 2)
    }

    func testOnATerminalAProgressBarRunsAndAnInterruptStopsAfterTheCurrentTransaction() throws {
        let process = try HelpdeskProcess()
        try process.run(["demo", "--now", "2025-03-04T09:00:00Z"])
        let (file, customer, _) = try transcript(process, conversations: 6000)
        let terminal = try TmuxSession([
            HelpdeskProcess.binary.path, "batch", file.path, "--quiet", "--chunk", "100", "--db", process.database.path, "--kb",
            process.knowledgeBase.path,
        ])
        try terminal.waitFor("a progress bar") { $0.contains("%") && $0.contains("messages/s") || $0.contains("/s ") }
        // What Ctrl-C sends, to the batch alone (the terminal's Ctrl-C would also end the shell
        // that records the exit status).
        let found = try CleanSpawn.run(["pgrep", "-f", "^" + HelpdeskProcess.binary.path + " batch " + file.path])
        let pid = try XCTUnwrap(Int32(found.output.split(separator: "\n").first ?? ""), found.output + found.errors)
        kill(pid, SIGINT)
        let status = try terminal.waitForExit()
        XCTAssertEqual(status, 130)
        let screen = try terminal.screen()
        XCTAssertTrue(screen.contains("stopped before the end"), screen)
        let logged = try count(process.database, "SELECT COUNT(*) FROM exchanges WHERE via = 'batch'")
        XCTAssertGreaterThan(logged, 0)
        XCTAssertLessThan(logged, customer)
        XCTAssertEqual(logged % 75, 0, "whole transactions of 100 lines (75 customer messages) only")
        let again = try process.run(["batch", file.path, "--quiet", "--summary", "json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try count(process.database, "SELECT COUNT(*) FROM exchanges WHERE via = 'batch'"), customer)
    }
}
