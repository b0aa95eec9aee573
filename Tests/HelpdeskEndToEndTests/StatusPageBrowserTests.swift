import Foundation
import XCTest

/// Renders `helpdesk status page` in a real headless browser (Debian's chromium): the DOM it
/// builds, and a phone-sized screenshot.
final class StatusPageBrowserTests: XCTestCase {
    private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs chromium headless with `arguments`, giving up after `timeout` seconds.
    private func chromium(_ arguments: [String], in folder: URL, timeout: TimeInterval = 60) throws -> String {
        guard let path = Self.chromium else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("chromium is missing; scripts/install-system-packages installs it")
            }
            throw XCTSkip("chromium is not installed (scripts/install-system-packages installs it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("chromium-profile").path)",
        ] + arguments
        let outputFile = folder.appendingPathComponent("chromium-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            XCTFail("chromium did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        return try String(contentsOf: outputFile, encoding: .utf8)
    }

    func testThePageRendersInHeadlessChromiumAndFitsAPhone() throws {
        let helpdesk = try HelpdeskProcess()
        let before = try helpdesk.write("before.json", StatusFeedDocuments.before)
        let during = try helpdesk.write("during.json", StatusFeedDocuments.during)
        let lastWeek = try helpdesk.write(
            "last-week.json",
            StatusFeedDocuments.during.replacingOccurrences(of: "cp306", with: "feb25")
                .replacingOccurrences(of: "Delayed Amazon order imports", with: "Amazon imports paused"))
        // An incident that came and went a week ago, then the one going on now.
        XCTAssertEqual(try helpdesk.run(["status", "import", before.path, "--now", "2025-02-25T09:00:00Z"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["status", "import", lastWeek.path, "--now", "2025-02-25T10:00:00Z"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["status", "import", before.path, "--now", "2025-02-25T13:00:00Z"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["status", "import", during.path, "--now", "2025-03-04T10:29:00Z"]).status, 0)
        let out = helpdesk.folder.appendingPathComponent("site")
        let result = try helpdesk.run(["status", "page", "--out", out.path, "--now", "2025-03-04T10:30:00Z"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = out.appendingPathComponent("index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "self-contained: no network resources")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))

        let dom = try chromium(["--dump-dom", page.absoluteString], in: helpdesk.folder)
        for needle in [
            "Service status", "Some services are running slowly", "Last updated",
            "Dashboard and services", "Sales channels", "Carriers", "Degraded performance", "Under maintenance",
            "Delayed Amazon order imports", "Amazon order imports are running up to 60 minutes behind.",
            "Scheduled maintenance", "Royal Mail API maintenance", "Past incidents (last 90 days)",
        ] {
            XCTAssertTrue(dom.contains(needle), "the rendered page lacks \(needle)")
        }
        let past = try XCTUnwrap(dom.range(of: "id=\"history\""), "no past incidents section")
        XCTAssertTrue(dom[past.upperBound...].contains("Amazon imports paused"), "last week's incident is listed as past")

        let screenshot = helpdesk.folder.appendingPathComponent("phone.png")
        _ = try chromium(
            ["--screenshot=\(screenshot.path)", "--window-size=390,844", "--hide-scrollbars", page.absoluteString],
            in: helpdesk.folder)
        let png = try Data(contentsOf: screenshot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        // The width and height in the PNG header: the phone-sized window.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 390)
        XCTAssertEqual(height, 844)
        if let keep = ProcessInfo.processInfo.environment["HELPDESK_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep))
        }
    }
}
