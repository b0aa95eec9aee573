import Foundation
import XCTest

/// The console fed by a pipe: a plain transcript, JSON lines, an incident appearing between two
/// messages, and Ctrl-C.
final class ConsolePipedTests: XCTestCase {
    static let now = "2025-11-28T10:00:00Z"

    private func demo() throws -> HelpdeskProcess {
        let helpdesk = try HelpdeskProcess()
        let fill = try helpdesk.run(["demo", "--fill-only", "--now", Self.now])
        XCTAssertEqual(fill.status, 0, fill.stderr)
        return helpdesk
    }

    func testAScriptPrintsAPlainTranscriptWithFollowUpsAndCommands() throws {
        let helpdesk = try demo()
        let script = """
            where is my order 114-0149180-7966659?
            and when will it arrive?

            /order 3935119409
            what about the address?
            /note customer moved house
            /status
            /guide channel-sync ru
            /unknown
            //order is late
            /resolve answered
            where is my order?
            """
        let result = try helpdesk.run(["console", "--agent", "lee", "--via", "chat", "--now", Self.now], stdin: script + "\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let transcript = result.stdout
        XCTAssertFalse(transcript.contains("\u{1B}["), "escapes in a piped transcript")
        XCTAssertTrue(transcript.contains("STATUS 10:00 · 1 open incident: Delayed Amazon order imports"), transcript)
        XCTAssertEqual(transcript.components(separatedBy: "STATUS ").count - 1, 1, "the status line repeats though unchanged")
        XCTAssertTrue(transcript.contains("C-0001 lee@chat> where is my order 114-0149180-7966659?"), transcript)

        let followUp = section(transcript, after: "> and when will it arrive?")
        XCTAssertTrue(followUp.contains("order     Amazon 114-0149180-7966659"), followUp)
        XCTAssertTrue(followUp.contains("log #2"), followUp)

        let lookup = section(transcript, after: "> /order 3935119409")
        XCTAssertTrue(lookup.contains("Etsy 3935119409 · awaiting_dispatch"), lookup)
        XCTAssertTrue(lookup.contains("Remembered 3935119409"), lookup)
        XCTAssertTrue(section(transcript, after: "> what about the address?").contains("order     Etsy 3935119409"), transcript)

        XCTAssertTrue(section(transcript, after: "> /note").contains("Note #1 added to C-0001."), transcript)
        XCTAssertTrue(section(transcript, after: "> /status").contains("Amazon channel: degraded_performance"), transcript)
        let guide = section(transcript, after: "> /guide channel-sync ru")
        XCTAssertTrue(guide.contains("guide channel-sync (ru)"), guide)
        XCTAssertTrue(guide.contains("2 часа 30 минут"), "the Amazon first-sync fact in Russian:\n\(guide)")
        XCTAssertTrue(section(transcript, after: "> /unknown").hasPrefix("! /unknown is not a command"), transcript)
        XCTAssertTrue(section(transcript, after: "> //order is late").contains("SAY"), transcript)
        XCTAssertTrue(transcript.contains("Conversation C-0001 resolved — note: answered."), transcript)
        let fresh = section(transcript, after: "C-0002 lee@chat> where is my order?")
        XCTAssertTrue(fresh.contains("rule      order-status-ask-number"), "a new conversation forgets the order:\n\(fresh)")
        XCTAssertTrue(transcript.hasSuffix("Conversation C-0002 ended.\nConsole closed (input ended).\n"), transcript)

        let log = try HelpdeskProcess.json(try helpdesk.run(["log", "show", "4", "--format", "json"]).stdout)
        XCTAssertEqual(log["message"] as? String, "/order is late")
        XCTAssertEqual(log["conversation_id"] as? String, "C-0001")
        XCTAssertEqual(log["agent"] as? String, "lee")
        XCTAssertEqual(log["via"] as? String, "chat")
    }

    func testJSONModePrintsOneObjectPerLine() throws {
        let helpdesk = try demo()
        let script = "where is my order 114-0149180-7966659?\nand when will it arrive?\n/order nobody@example.com\n/bogus\n"
        let result = try helpdesk.run(["console", "--agent", "kim", "--format", "json", "--now", Self.now], stdin: script)
        XCTAssertEqual(result.status, 0, result.stderr)
        let objects = try result.stdout.split(separator: "\n").map { try HelpdeskProcess.json(String($0)) }
        XCTAssertEqual(objects.map { $0["type"] as? String }, ["conversation", "answer", "answer", "orders", "error", "conversation"])
        let answers = objects.filter { $0["type"] as? String == "answer" }
        for (index, answer) in answers.enumerated() {
            for key in ["intent", "order", "order_lookup", "incidents", "rule", "guides", "facts", "answer", "handoff", "log_id"] {
                XCTAssertTrue(answer.keys.contains(key), "missing \(key)")
            }
            XCTAssertEqual(answer["conversation_id"] as? String, "C-0001")
            XCTAssertEqual(answer["agent"] as? String, "kim")
            XCTAssertEqual(answer["via"] as? String, "phone")
            XCTAssertEqual(answer["log_id"] as? Int, index + 1)
            XCTAssertEqual((answer["order"] as? [String: Any])?["order_number"] as? String, "114-0149180-7966659")
        }
        XCTAssertEqual(answers.last?["intent"] as? String, "delivery_time")
        XCTAssertEqual((objects[3]["orders"] as? [Any])?.count, 0)
        XCTAssertEqual((objects.last?["conversation"] as? [String: Any])?["ended_at"] as? String, Self.now)
    }

    func testAnIncidentRecordedBetweenTwoMessagesShowsUpInTheNextAnswer() throws {
        let helpdesk = try demo()
        let console = try ConsoleProcess(helpdesk, ["--agent", "ana", "--now", Self.now])
        console.send("where is my order 24-14934-88735?")
        var text = try console.waitFor("the first answer") { $0.contains("log #1") }
        XCTAssertFalse(section(text, after: "> where is my order 24-14934-88735?").contains("incident "), text)
        let set = try helpdesk.run([
            "status", "set", "DPD", "partial_outage", "--incident", "DPD depot closed by snow", "--now", "2025-11-28T09:55:00Z",
        ])
        XCTAssertEqual(set.status, 0, set.stderr)
        console.send("is it delayed?")
        text = try console.waitFor("the second answer") { $0.contains("log #2") }
        let second = section(text, after: "> where is my order 24-14934-88735?")
        XCTAssertTrue(second.contains("STATUS 10:00 · 2 open incidents: DPD depot closed by snow (partial_outage, 5m)"), second)
        XCTAssertTrue(section(text, after: "> is it delayed?").contains("incident  DPD depot closed by snow"), text)
        try console.closeInput()
        XCTAssertEqual(try console.waitForExit(), 0)
    }

    func testCtrlCWhileWaitingForInputEndsCleanlyAndKeepsWhatWasAnswered() throws {
        let helpdesk = try demo()
        let console = try ConsoleProcess(helpdesk, ["--agent", "ana", "--now", Self.now])
        console.send("where is my order 114-0149180-7966659?")
        console.send("/note will call back")
        try console.waitFor("the note") { $0.contains("Note #1 added") }
        console.interrupt()
        XCTAssertEqual(try console.waitForExit(), 0)
        XCTAssertTrue(console.text.hasSuffix("Conversation C-0001 ended.\nConsole closed (interrupted).\n"), console.text)
        let log = try helpdesk.run(["log", "list", "--format", "json"])
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["message"] as? String }, ["where is my order 114-0149180-7966659?"])
        XCTAssertEqual(entries.first?["conversation_id"] as? String, "C-0001")
    }

    func testOptionsAreChecked() throws {
        let helpdesk = try HelpdeskProcess()
        let result = try helpdesk.run(["console", "--via", "fax"], stdin: "")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("fax"), result.stderr)
    }

    /// The transcript after the first line containing `marker`, up to the next prompt.
    private func section(_ transcript: String, after marker: String) -> String {
        guard let start = transcript.range(of: marker) else { return "" }
        let rest = transcript[start.upperBound...].drop { $0 != "\n" }.dropFirst()
        let end = rest.range(of: "@chat> ") ?? rest.range(of: "@phone> ")
        guard let end else { return String(rest) }
        let beforePrompt = rest[..<end.lowerBound]
        return String(beforePrompt[..<(beforePrompt.lastIndex(of: "\n") ?? beforePrompt.endIndex)])
    }
}
