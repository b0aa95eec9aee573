import Foundation
import XCTest

final class StatusEndToEndTests: XCTestCase {
    private func showJSON(_ helpdesk: HelpdeskProcess, now: String) throws -> [String: Any] {
        let shown = try helpdesk.run(["status", "show", "--format", "json", "--now", now])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        return try HelpdeskProcess.json(shown.stdout)
    }

    private func ask(_ helpdesk: HelpdeskProcess, _ message: String, now: String) throws -> [String: Any] {
        let result = try helpdesk.run(["ask", "--format", "json", "--now", now, message])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try HelpdeskProcess.json(result.stdout)
    }

    func testImportsEachFeedFormatOverHTTP() throws {
        let helpdesk = try HelpdeskProcess()
        let server = try LoopbackFeedServer(folder: helpdesk.folder)
        defer { server.stop() }
        try server.serve("summary.json", StatusFeedDocuments.during)
        try FileManager.default.createDirectory(
            at: helpdesk.folder.appendingPathComponent("api/v1"), withIntermediateDirectories: true)
        try server.serve("api/v1/components", StatusFeedDocuments.cachetComponents)
        try server.serve("api/v1/incidents", StatusFeedDocuments.cachetIncidents)
        try FileManager.default.createDirectory(
            at: helpdesk.folder.appendingPathComponent("api/status-page/heartbeat"), withIntermediateDirectories: true)
        try server.serve("api/status-page/main", StatusFeedDocuments.kumaPage)
        try server.serve("api/status-page/heartbeat/main", StatusFeedDocuments.kumaHeartbeats)

        let cases: [(source: String, format: [String], overall: String, open: Int, title: String)] = [
            (server.url("summary.json"), [], "degraded_performance", 2, "Statuspage"),
            (server.url("api/v1/components"), [], "partial_outage", 1, "Cachet"),
            (server.url(""), ["--format", "cachet"], "partial_outage", 1, "Cachet"),
            (server.url("status/main"), ["--format", "uptime-kuma"], "major_outage", 1, "Uptime Kuma"),
        ]
        for item in cases {
            let result = try helpdesk.run(["status", "import", item.source, "--now", "2025-03-04T10:30:00Z"] + item.format)
            XCTAssertEqual(result.status, 0, "\(item.source): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains(item.title), result.stdout)
            let shown = try showJSON(helpdesk, now: "2025-03-04T10:30:00Z")
            XCTAssertEqual(shown["overall"] as? String, item.overall, item.source)
            XCTAssertEqual((shown["open_incidents"] as? [Any])?.count, item.open, item.source)
            XCTAssertEqual(shown["source"] as? String, item.source)
        }
    }

    func testFailedFetchesKeepTheLastStatusAndSayWhatWasWrong() throws {
        let helpdesk = try HelpdeskProcess()
        let server = try LoopbackFeedServer(folder: helpdesk.folder)
        defer { server.stop() }
        try server.serve("summary.json", StatusFeedDocuments.during)
        try server.serve("garbage", "<html><body>502 Bad Gateway</body></html>")
        try server.serve("broken", "!status 503")
        try server.serve("slow", "!sleep 4")
        try server.serve("partial", #"{"components":[{"id":"a","name":"Dashboard","status":"on_fire"}]}"#)
        XCTAssertEqual(try helpdesk.run(["status", "import", server.url("summary.json"), "--now", "2025-03-04T10:30:00Z"]).status, 0)

        let failures: [(path: String, expect: String)] = [
            ("garbage", "not JSON"), ("broken", "HTTP 503"), ("slow", "timed out"), ("partial", "on_fire"), ("missing", "HTTP 404"),
        ]
        for (index, failure) in failures.enumerated() {
            let started = Date()
            let result = try helpdesk.run([
                "status", "import", server.url(failure.path), "--timeout", "1s", "--now", "2025-03-04T10:3\(index + 1):00Z",
            ])
            XCTAssertEqual(result.status, 1, failure.path)
            XCTAssertTrue(result.stderr.contains(failure.expect), "\(failure.path): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(server.url(failure.path)), result.stderr)
            XCTAssertTrue(result.stderr.contains("last known status is kept"), result.stderr)
            XCTAssertLessThan(Date().timeIntervalSince(started), 3.5, "\(failure.path): the 1 s timeout holds")
        }
        let shown = try showJSON(helpdesk, now: "2025-03-04T10:40:00Z")
        XCTAssertEqual(shown["overall"] as? String, "degraded_performance", "the last good status is kept")
        XCTAssertEqual(shown["fetched_at"] as? String, "2025-03-04T10:30:00Z")
        let attempt = try XCTUnwrap(shown["last_attempt"] as? [String: Any])
        XCTAssertEqual(attempt["ok"] as? Bool, false)
        XCTAssertTrue((attempt["error"] as? String)?.contains("HTTP 404") ?? false, "\(attempt)")
    }

    func testWatchStoresChangesSurvivesBadAnswersAndStopsOnCtrlC() throws {
        let helpdesk = try HelpdeskProcess()
        let server = try LoopbackFeedServer(folder: helpdesk.folder)
        defer { server.stop() }
        let sequence = [
            StatusFeedDocuments.before, "not json at all", StatusFeedDocuments.during, "!sleep 3", StatusFeedDocuments.after,
        ]
        for (index, text) in sequence.enumerated() { try server.serve("feed.\(index + 1)", text) }

        let watcher = try WatchProcess(
            helpdesk, ["status", "watch", server.url("seq/feed"), "--every", "0.2s", "--timeout", "1s"])
        // Five answers, then the last again: the watcher carried on after the bad ones.
        let polled = watcher.waitFor(timeout: 30) { $0.components(separatedBy: " ok: ").count - 1 >= 4 }
        XCTAssertTrue(polled, "the watcher did not poll as expected: \(watcher.output)")
        watcher.interrupt()
        let exit = watcher.waitForExit(timeout: 10)
        XCTAssertEqual(exit, 0, watcher.output + watcher.errors)
        let output = watcher.output
        XCTAssertTrue(output.contains("Stopped after"), output)
        XCTAssertTrue(output.contains("failed: ") && output.contains("not JSON"), output)
        XCTAssertTrue(output.contains("timed out"), output)

        let history = try helpdesk.run(["status", "history", "--format", "json"])
        XCTAssertEqual(history.status, 0, history.stderr)
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        func has(_ kind: String, _ name: String, _ old: String?, _ new: String?) -> Bool {
            entries.contains {
                $0["kind"] as? String == kind && $0["name"] as? String == name && $0["old_value"] as? String == old
                    && $0["new_value"] as? String == new
            }
        }
        XCTAssertTrue(has("component", "Amazon channel", "operational", "degraded_performance"), history.stdout)
        XCTAssertTrue(has("component", "Amazon channel", "degraded_performance", "operational"), history.stdout)
        XCTAssertTrue(has("incident", "Delayed Amazon order imports", nil, "identified"), history.stdout)
        XCTAssertTrue(has("incident", "Delayed Amazon order imports", "identified", "resolved"), history.stdout)
        XCTAssertTrue(entries.contains { ($0["body"] as? String)?.contains("60 minutes behind") ?? false }, history.stdout)
        XCTAssertEqual(
            entries.filter { $0["name"] as? String == "Amazon channel" }.count, 3,
            "first seen, degraded, back: polling the same answer again records nothing")

        let since = try helpdesk.run(["status", "history", "--since", "2025-03-04T10:12:00Z"])
        XCTAssertTrue(since.stdout.contains("60 minutes behind"), since.stdout)
        XCTAssertFalse(since.stdout.contains("opened"), "the incident opened at 09:50, before --since: \(since.stdout)")

        let shown = try showJSON(helpdesk, now: ISO8601DateFormatter().string(from: Date()))
        XCTAssertEqual(shown["overall"] as? String, "operational")
        XCTAssertEqual((shown["open_incidents"] as? [Any])?.count, 0, "the last answer lists no incident")
    }

    func testAnswersBeforeDuringAndAfterAnIncident() throws {
        let helpdesk = try HelpdeskProcess()
        let before = try helpdesk.write("before.json", StatusFeedDocuments.before)
        let during = try helpdesk.write("during.json", StatusFeedDocuments.during)
        let after = try helpdesk.write("after.json", StatusFeedDocuments.after)
        let orders = try helpdesk.write("orders.csv", """
            channel,order_number,placed_at,imported_at,dispatched_at,carrier,tracking_number,state
            amazon,114-0149180-7966659,2025-03-04T07:00:00Z,2025-03-04T07:20:00Z,2025-03-04T09:00:00Z,royal-mail,AB123456785GB,dispatched

            """)
        XCTAssertEqual(try helpdesk.run(["orders", "import", orders.path]).status, 0)
        let question = "a new Amazon order from 10 minutes ago is not in the dashboard"
        func setChannel(lastImport: String) throws {
            let result = try helpdesk.run([
                "channels", "set", "amazon", "--connected-at", "2025-01-01T09:00:00Z", "--last-import-at", lastImport,
            ])
            XCTAssertEqual(result.status, 0, result.stderr)
        }

        try setChannel(lastImport: "2025-03-04T10:10:00Z")
        XCTAssertEqual(try helpdesk.run(["status", "import", before.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let calm = try ask(helpdesk, question, now: "2025-03-04T10:30:00Z")
        XCTAssertEqual(calm["rule"] as? String, "import-cycle")
        XCTAssertTrue((calm["answer"] as? String)?.contains("10:40") ?? false, "\(calm)")

        XCTAssertEqual(try helpdesk.run(["status", "import", during.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let late = try ask(helpdesk, question, now: "2025-03-04T10:30:00Z")
        XCTAssertEqual(late["rule"] as? String, "import-delayed-incident")
        XCTAssertEqual(late["leads"] as? [String], ["incident-notice"])
        let lateAnswer = late["answer"] as? String ?? ""
        XCTAssertTrue(lateAnswer.contains("Delayed Amazon order imports"), lateAnswer)
        XCTAssertTrue(lateAnswer.contains("11:40"), "next import 10:40 + the stated 60 minutes: \(lateAnswer)")
        let order = try ask(helpdesk, "where is my order 114-0149180-7966659?", now: "2025-03-04T10:30:00Z")
        XCTAssertTrue((order["leads"] as? [String])?.contains("maintenance-notice") ?? false, "\(order)")
        XCTAssertTrue((order["answer"] as? String)?.contains("Royal Mail API maintenance") ?? false, "\(order)")
        XCTAssertTrue((order["answer"] as? String)?.contains("until 12:00") ?? false, "\(order)")

        try setChannel(lastImport: "2025-03-04T12:10:00Z")
        XCTAssertEqual(try helpdesk.run(["status", "import", after.path, "--now", "2025-03-04T12:29:00Z"]).status, 0)
        let recovered = try ask(helpdesk, question, now: "2025-03-04T12:30:00Z")
        XCTAssertEqual(recovered["rule"] as? String, "import-cycle")
        XCTAssertEqual(recovered["leads"] as? [String], [])
        XCTAssertFalse((recovered["answer"] as? String)?.contains("Delayed") ?? true, "\(recovered)")
        XCTAssertEqual((recovered["incidents"] as? [Any])?.count, 0)

        let history = try helpdesk.run(["status", "history"])
        XCTAssertTrue(history.stdout.contains("No longer listed by the status feed."), history.stdout)
    }

    func testStaleStatusIsNamedInAnswers() throws {
        let helpdesk = try HelpdeskProcess()
        let good = try helpdesk.write("summary.json", StatusFeedDocuments.before)
        let bad = try helpdesk.write("bad.json", "{")
        XCTAssertEqual(try helpdesk.run(["status", "import", good.path, "--now", "2025-03-04T10:00:00Z"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["status", "import", bad.path, "--now", "2025-03-04T10:20:00Z"]).status, 1)

        let fresh = try ask(helpdesk, "is the dashboard down?", now: "2025-03-04T10:10:00Z")
        XCTAssertEqual(fresh["rule"] as? String, "service-status-ok")
        XCTAssertEqual(fresh["leads"] as? [String], [])
        let stale = try ask(helpdesk, "is the dashboard down?", now: "2025-03-04T10:30:00Z")
        XCTAssertEqual(stale["rule"] as? String, "service-status-stale")
        XCTAssertEqual(stale["leads"] as? [String], ["status-stale-notice"])
        XCTAssertTrue((stale["answer"] as? String)?.contains("30 minutes ago") ?? false, "the failed fetch does not refresh it: \(stale)")
        XCTAssertFalse((stale["answer"] as? String)?.contains("all our systems are running normally") ?? true, "\(stale)")
    }

    func testExportThenImportGivesTheSameView() throws {
        let helpdesk = try HelpdeskProcess()
        let during = try helpdesk.write("during.json", StatusFeedDocuments.during)
        XCTAssertEqual(try helpdesk.run(["status", "import", during.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let exported = helpdesk.folder.appendingPathComponent("export/summary.json")
        try FileManager.default.createDirectory(at: exported.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try helpdesk.run(["status", "export", exported.path, "--now", "2025-03-04T10:30:00Z"])
        XCTAssertEqual(result.status, 0, result.stderr)

        let other = try HelpdeskProcess()
        XCTAssertEqual(try other.run(["status", "import", exported.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let first = try showJSON(helpdesk, now: "2025-03-04T10:30:00Z")
        var second = try showJSON(other, now: "2025-03-04T10:30:00Z")
        second["source"] = first["source"]
        XCTAssertEqual(
            String(decoding: try JSONSerialization.data(withJSONObject: first, options: .sortedKeys), as: UTF8.self),
            String(decoding: try JSONSerialization.data(withJSONObject: second, options: .sortedKeys), as: UTF8.self))
    }

    func testAnnounceWritesEachOpenIncidentInBothLanguages() throws {
        let helpdesk = try HelpdeskProcess()
        let during = try helpdesk.write("during.json", StatusFeedDocuments.during)
        XCTAssertEqual(try helpdesk.run(["status", "import", during.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let result = try helpdesk.run(["status", "announce", "--format", "json", "--now", "2025-03-04T10:30:00Z"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let announcements = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(announcements.map { $0["language"] as? String }, ["en", "ru", "en", "ru"])
        let english = announcements[0]["text"] as? String ?? ""
        XCTAssertTrue(english.contains("Affected: Amazon channel"), english)
        XCTAssertTrue(english.contains("Still working normally: the dashboard"), english)
        XCTAssertTrue(english.contains("Next update by 10:42"), english)
        let russian = announcements[1]["text"] as? String ?? ""
        XCTAssertTrue(russian.contains("Следующее обновление — до 10:42"), russian)

        let calm = try helpdesk.write("calm.json", StatusFeedDocuments.before)
        XCTAssertEqual(try helpdesk.run(["status", "import", calm.path, "--now", "2025-03-04T13:00:00Z"]).status, 0)
        let none = try helpdesk.run(["status", "announce", "--now", "2025-03-04T13:00:00Z"])
        XCTAssertTrue(none.stdout.contains("nothing to announce"), none.stdout)
    }
}

/// A `helpdesk` process left running (the watcher), whose output is collected as it comes.
final class WatchProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var stdout = ""
    private var stderr = ""

    init(_ helpdesk: HelpdeskProcess, _ arguments: [String]) throws {
        process.executableURL = HelpdeskProcess.binary
        process.arguments = arguments + ["--db", helpdesk.database.path, "--kb", helpdesk.knowledgeBase.path]
        process.currentDirectoryURL = helpdesk.folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "HELPDESK_DB")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    private func append(_ data: Data, error: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if error { stderr += String(decoding: data, as: UTF8.self) } else { stdout += String(decoding: data, as: UTF8.self) }
    }

    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return stdout
    }

    var errors: String {
        lock.lock()
        defer { lock.unlock() }
        return stderr
    }

    /// Waits until `condition` holds on the output so far, or `timeout` seconds pass.
    func waitFor(timeout: TimeInterval, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(output) { return true }
            if !process.isRunning { return condition(output) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition(output)
    }

    /// Sends Ctrl-C (SIGINT).
    func interrupt() { process.interrupt() }

    /// The exit status, or `nil` (after killing it) if it had not exited within `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        Thread.sleep(forTimeInterval: 0.1)
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
