import Foundation
import XCTest

/// The console in a real terminal (tmux): prompts, the status line, follow-ups, Tab completion,
/// history, an incident appearing mid-conversation, and Ctrl-C.
final class ConsoleTerminalTests: XCTestCase {
    static let now = "2025-11-28T10:00:00Z"

    private func startConsole(_ helpdesk: HelpdeskProcess, agent: String = "anna") throws -> TmuxSession {
        let fill = try helpdesk.run(["demo", "--fill-only", "--now", Self.now])
        XCTAssertEqual(fill.status, 0, fill.stderr)
        let terminal = try TmuxSession(
            [
                HelpdeskProcess.binary.path, "console", "--agent", agent, "--via", "phone", "--now", Self.now,
                "--db", helpdesk.database.path, "--kb", helpdesk.knowledgeBase.path,
            ], environment: ["LANG": "C.UTF-8", "NO_COLOR": ""])
        try terminal.waitFor("C-0001 \(agent)@phone>")
        return terminal
    }

    func testAConversationWithFollowUpsCompletionHistoryAndAnIncidentThenCtrlC() throws {
        let helpdesk = try HelpdeskProcess()
        let terminal = try startConsole(helpdesk)
        let prompt = "C-0001 anna@phone>"
        var screen = try terminal.screen()
        XCTAssertTrue(screen.contains("STATUS 10:00 · 1 open incident: Delayed Amazon order imports"), screen)
        XCTAssertTrue(screen.contains("status as of 09:58, 2m old"), screen)
        XCTAssertTrue(try terminal.screen(escapes: true).contains("\u{1B}["), "no colour on a terminal")

        // A question, then a follow-up that names no order.
        try terminal.type("where is my order 114-0149180-7966659?")
        try terminal.press("Enter")
        screen = try terminal.waitFor("log #1")
        XCTAssertTrue(screen.contains("SAY  "), screen)
        XCTAssertTrue(screen.contains("AB123456785GB"), screen)
        XCTAssertTrue(screen.contains("rule      order-dispatched"), screen)
        try terminal.waitFor(prompt, count: 2)
        try terminal.type("and when will it arrive?")
        try terminal.press("Enter")
        screen = try terminal.waitFor("log #2")
        let followUp = try XCTUnwrap(screen.components(separatedBy: "and when will it arrive?").last)
        XCTAssertTrue(followUp.contains("order     Amazon 114-0149180-7966659"), followUp)

        // Tab completes the command and the guide id.
        try terminal.waitFor(prompt, count: 3)
        try terminal.type("/gu")
        try terminal.press("Tab")
        try terminal.type("export-to")
        try terminal.press("Tab")
        try terminal.waitFor("/guide export-to-channel")
        try terminal.press("Enter")
        screen = try terminal.waitFor("# How dispatches are sent back to your channels")
        XCTAssertTrue(screen.contains("every 30 minutes"), "facts not filled in:\n\(screen)")
        XCTAssertFalse(screen.contains("{{fact:"), screen)

        // History: the arrow key brings back the follow-up.
        try terminal.waitFor(prompt, count: 4)
        try terminal.press("Up", "Up", "Enter")
        try terminal.waitFor("log #3")

        // An incident recorded by another process shows in the status line and in the next answer.
        let set = try helpdesk.run([
            "status", "set", "Royal Mail", "major_outage", "--incident", "Royal Mail collections suspended", "--now",
            "2025-11-28T09:59:00Z",
        ])
        XCTAssertEqual(set.status, 0, set.stderr)
        try terminal.waitFor(prompt, count: 5)
        try terminal.press("Enter")
        screen = try terminal.waitFor("status line with the new incident") {
            $0.contains("2 open incidents: Royal Mail collections suspended (major_outage, 1m)")
        }
        try terminal.waitFor(prompt, count: 6)
        try terminal.type("is it on its way?")
        try terminal.press("Enter")
        screen = try terminal.waitFor("log #4")
        let last = try XCTUnwrap(screen.components(separatedBy: "is it on its way?").last)
        XCTAssertTrue(last.contains("incident  Royal Mail collections suspended [investigating, major_outage]"), last)

        // Ctrl-C clears a line with text, and ends the console on an empty line.
        try terminal.waitFor(prompt, count: 7)
        try terminal.type("half a sentence")
        try terminal.waitFor("half a sentence")
        try terminal.press("C-c")
        try terminal.waitFor("the line cleared") { !$0.contains("half a sentence") }
        XCTAssertNil(try terminal.exitStatus(), "Ctrl-C on a line with text must not end the console")
        try terminal.press("C-c")
        XCTAssertEqual(try terminal.waitForExit(), 0)
        screen = try terminal.screen()
        XCTAssertTrue(screen.contains("Conversation C-0001 ended."), screen)
        XCTAssertTrue(screen.contains("Console closed (interrupted)."), screen)

        // Everything answered is in the log, under the conversation and the agent.
        let log = try helpdesk.run(["log", "list", "--format", "json"])
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 4, log.stdout)
        for entry in entries {
            XCTAssertEqual(entry["conversation_id"] as? String, "C-0001")
            XCTAssertEqual(entry["agent"] as? String, "anna")
            XCTAssertEqual(entry["via"] as? String, "phone")
        }
        XCTAssertEqual(entries.map { $0["message"] as? String }.compactMap { $0 }.sorted(), [
            "and when will it arrive?", "and when will it arrive?", "is it on its way?", "where is my order 114-0149180-7966659?",
        ])
        let conversations = try conversationLog(helpdesk)
        XCTAssertEqual(conversations.first?["id"] as? String, "C-0001")
        XCTAssertEqual(conversations.first?["ended_at"] as? String, Self.now)
    }

    func testCommandsAtTheTerminalLookUpNoteAndHandOff() throws {
        let helpdesk = try HelpdeskProcess()
        let terminal = try startConsole(helpdesk, agent: "sam")
        let prompt = "C-0001 sam@phone>"
        try terminal.type("/order isla@example.com")
        try terminal.press("Enter")
        var screen = try terminal.waitFor("Remembered 24-14934-88735")
        XCTAssertTrue(screen.contains("eBay 24-14934-88735 · dispatched · DPD 15501234567890"), screen)
        try terminal.waitFor(prompt, count: 2)
        try terminal.type("where is it?")
        try terminal.press("Enter")
        screen = try terminal.waitFor("log #1")
        XCTAssertTrue(try XCTUnwrap(screen.components(separatedBy: "where is it?").last).contains("24-14934-88735"), screen)
        try terminal.waitFor(prompt, count: 3)
        try terminal.type("/note asked twice about the parcel")
        try terminal.press("Enter")
        try terminal.waitFor("Note #1 added to C-0001.")
        try terminal.waitFor(prompt, count: 4)
        try terminal.type("I want to talk to a real person")
        try terminal.press("Enter")
        screen = try terminal.waitFor(" HAND OFF ")
        try terminal.waitFor(prompt, count: 5)
        try terminal.type("/handoff")
        try terminal.press("Enter")
        try terminal.waitFor("C-0002 sam@phone>")
        XCTAssertTrue(try terminal.screen().contains("Conversation C-0001 handed off"))
        try terminal.waitFor("C-0002 sam@phone>", count: 1)
        try terminal.type("/quit")
        try terminal.press("Enter")
        XCTAssertEqual(try terminal.waitForExit(), 0)

        let conversations = try conversationLog(helpdesk)
        let first = try XCTUnwrap(conversations.first { $0["id"] as? String == "C-0001" })
        XCTAssertEqual(first["outcome"] as? String, "handed_off")
        XCTAssertEqual(first["handoff_suggested"] as? Bool, true)
        let notes = try XCTUnwrap(first["notes"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        XCTAssertEqual(notes.count, 2, "\(notes)")
        XCTAssertEqual(notes.first, "asked twice about the parcel")
        XCTAssertEqual((first["exchange_ids"] as? [Any])?.count, 2)
        let second = try XCTUnwrap(conversations.first { $0["id"] as? String == "C-0002" })
        XCTAssertNotNil(second["ended_at"] as? String)
    }

    private func conversationLog(_ helpdesk: HelpdeskProcess) throws -> [[String: Any]] {
        let result = try helpdesk.run(["log", "conversations", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }
}
